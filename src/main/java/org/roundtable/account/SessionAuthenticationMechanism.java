package org.roundtable.account;

import java.util.Set;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/**
 * Reads the session cookie and hands it to {@link SessionIdentityProvider}. Unlike
 * Quarkus's form login, whose session lives in an encrypted cookie, the session lives
 * in the database, so signing out or removing someone ends it everywhere at once.
 */
@ApplicationScoped
public class SessionAuthenticationMechanism implements HttpAuthenticationMechanism {

    private final SessionCookie cookie;

    SessionAuthenticationMechanism(SessionCookie cookie) {
        this.cookie = cookie;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        Cookie sessionCookie = context.request().getCookie(cookie.name());
        if (sessionCookie == null || sessionCookie.getValue().isBlank()) {
            return Uni.createFrom().nullItem();
        }
        SessionAuthenticationRequest request = new SessionAuthenticationRequest(sessionCookie.getValue());
        HttpSecurityUtils.setRoutingContextAttribute(request, context);
        // An unknown or expired token is someone signed out, not an error: treat as anonymous.
        return identityProviderManager.authenticate(request)
                .onFailure(AuthenticationFailedException.class).recoverWithNull();
    }

    /**
     * Pages send the browser to sign in. An event stream answers 401 instead: a browser's
     * EventSource would follow the redirect to a page it cannot read and fail without a
     * word, while a plain 401 lets the page's script say that the reader was signed out.
     */
    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        String accept = context.request().getHeader(HttpHeaders.ACCEPT);
        if (accept != null && accept.contains(MediaType.SERVER_SENT_EVENTS)) {
            return Uni.createFrom().item(new ChallengeData(401));
        }
        // A student following a class link is sent to the students' way back in, not the teachers' sign-in.
        String target = context.request().path().startsWith(AccountPaths.STUDENT_AREA)
                ? AccountPaths.STUDENT_SIGNED_OUT : AccountPaths.SIGN_IN;
        return Uni.createFrom().item(new ChallengeData(303, HttpHeaders.LOCATION, target));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(SessionAuthenticationRequest.class);
    }
}
