package org.roundtable.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Turns a session token into an identity with roles, with one query on a worker thread. */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<SessionAuthenticationRequest> {

    private final Clock clock;
    private final Duration idleTimeout;
    private final Duration lifetime;

    SessionIdentityProvider(SessionSettings settings, Clock clock) {
        this.clock = clock;
        this.idleTimeout = settings.idleTimeout();
        this.lifetime = settings.absoluteLifetime();
    }

    @Override
    public Class<SessionAuthenticationRequest> getRequestType() {
        return SessionAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(SessionAuthenticationRequest request,
            AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            Viewer viewer = QuarkusTransaction.requiringNew().call(() -> lookUp(request.token()));
            if (viewer == null) {
                throw new AuthenticationFailedException("unknown or expired session");
            }
            return identity(viewer);
        });
    }

    private Viewer lookUp(String token) {
        UserSession session = UserSession.findByToken(token);
        Instant now = clock.instant();
        if (session == null || session.account.disabled) {
            return null;
        }
        if (session.expired(now, idleTimeout, lifetime)) {
            session.delete();
            return null;
        }
        if (session.dueForTouch(now, idleTimeout)) {
            session.lastSeenAt = now;
        }
        Account account = session.account;
        return new Viewer(account.id, session.id, account.kind, account.displayName, account.admin,
                account.mustChangePassword, account.language);
    }

    private static SecurityIdentity identity(Viewer viewer) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(String.valueOf(viewer.accountId())))
                .addAttribute(Viewer.ATTRIBUTE, viewer);
        if (viewer.language() != null) {
            builder.addAttribute(org.roundtable.language.RequestLanguage.CHOSEN, viewer.language());
        }
        if (viewer.isTeacher()) {
            builder.addRole(Roles.TEACHER);
            if (viewer.admin()) {
                builder.addRole(Roles.ADMIN);
            }
        } else {
            builder.addRole(Roles.STUDENT);
        }
        return builder.build();
    }
}
