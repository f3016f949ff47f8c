package org.roundtable.account;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.Response;

/**
 * Binds the CSRF token to the session. The CSRF extension checks that a form's token equals
 * the CSRF cookie (double submit); a cookie can be planted, though, by a sibling subdomain or
 * over plain HTTP. So for a signed-in browser the only cookie accepted is the one derived from
 * its own session token (an HMAC keyed by that token, which is HttpOnly and never leaves the
 * browser): nothing is stored, and every instance derives the same value. Pages of a signed-in
 * browser carry that token, and the cookie is set to it where it differs.
 *
 * <p>Also refuses state changes that the browser itself labels as sent from another site or
 * a sibling subdomain ({@code Sec-Fetch-Site}), before any token is looked at.
 */
@ApplicationScoped
public class SessionBoundCsrf {

    /** Keys the CSRF extension reads from the routing context (its request and response filters). */
    private static final String TOKEN = "csrf_token";
    private static final String TOKEN_BYTES = "csrf_token_bytes";
    private static final String NEW_COOKIE_REQUIRED = "true";
    /** The CSRF extension's token size (quarkus.rest-csrf.token-size, 16 by default). */
    private static final int TOKEN_BYTES_LENGTH = 16;
    private static final byte[] PURPOSE = "roundtable csrf".getBytes(StandardCharsets.US_ASCII);
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> FOREIGN_SITES = Set.of("cross-site", "same-site");

    private final SessionCookie sessionCookie;
    private final String csrfCookieName;

    SessionBoundCsrf(SessionCookie sessionCookie,
            @ConfigProperty(name = "quarkus.rest-csrf.cookie-name") String csrfCookieName) {
        this.sessionCookie = sessionCookie;
        this.csrfCookieName = csrfCookieName;
    }

    /** The CSRF token of the browser holding this session token. */
    public static String tokenFor(String sessionToken) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(sessionToken.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
            byte[] digest = Arrays.copyOf(mac.doFinal(PURPOSE), TOKEN_BYTES_LENGTH);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** Runs after the CSRF extension's own filter (priority USER), which has read the cookie. */
    @ServerRequestFilter(priority = Priorities.USER + 10)
    public Response bind(ContainerRequestContext request, RoutingContext context) {
        boolean safe = SAFE.contains(request.getMethod());
        String site = request.getHeaderString("Sec-Fetch-Site");
        if (!safe && site != null && FOREIGN_SITES.contains(site)) {
            return Response.status(Response.Status.FORBIDDEN).build();
        }
        String session = sessionCookie.tokenIn(request.getCookies());
        if (session == null) {
            return null;
        }
        String bound = tokenFor(session);
        Cookie held = request.getCookies().get(csrfCookieName);
        boolean matches = held != null && MessageDigest.isEqual(
                bound.getBytes(StandardCharsets.US_ASCII), held.getValue().getBytes(StandardCharsets.US_ASCII));
        if (safe) {
            context.put(TOKEN, bound);
            context.put(TOKEN_BYTES, Base64.getUrlDecoder().decode(bound));
            if (!matches) {
                context.put(NEW_COOKIE_REQUIRED, true);
            }
            return null;
        }
        // The form's token already equals the cookie (the extension checked); the cookie must be this session's.
        return matches ? null : Response.status(Response.Status.BAD_REQUEST).build();
    }
}
