package org.roundtable.account;

import java.time.Duration;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

/**
 * A random id for this browser, kept for a long time (OWASP's "device cookie"). Limits key on
 * it so that one browser's wrong guesses slow that browser down, not everyone behind the same
 * address, and a browser an account has signed in from stays usable while someone else guesses
 * that account's password. Only its SHA-256 is ever stored.
 */
@ApplicationScoped
public class DeviceCookie {

    /** Browsers keep a cookie for at most 400 days. */
    private static final Duration LIFETIME = Duration.ofDays(400);

    /** This browser: the hash that limits key on, and the cookie to set if it had none yet. */
    public record Device(String key, NewCookie toSet) {

        /** Adds the cookie to a response when the browser did not have it. */
        public Response.ResponseBuilder remember(Response.ResponseBuilder response) {
            return toSet == null ? response : response.cookie(toSet);
        }
    }

    private final boolean secure;

    DeviceCookie(@ConfigProperty(name = "roundtable.secure-cookies") boolean secure) {
        this.secure = secure;
    }

    public String name() {
        return secure ? "__Host-rt_device" : "rt_device";
    }

    /** The browser the request comes from; a new id when it carries none (or a malformed one). */
    public Device of(HttpHeaders headers) {
        Cookie cookie = headers.getCookies().get(name());
        String id = cookie == null ? null : cookie.getValue();
        if (id != null && id.matches("[A-Za-z0-9_-]{43}")) {
            return new Device(SessionTokens.hash(id), null);
        }
        String fresh = SessionTokens.newToken();
        return new Device(SessionTokens.hash(fresh), new NewCookie.Builder(name())
                .value(fresh)
                .path("/")
                .maxAge((int) LIFETIME.toSeconds())
                .httpOnly(true)
                .secure(secure)
                .sameSite(NewCookie.SameSite.LAX)
                .build());
    }
}
