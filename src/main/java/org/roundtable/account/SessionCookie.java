package org.roundtable.account;

import java.time.Duration;
import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;

/**
 * The session cookie: HttpOnly and SameSite=Lax always; Secure with the __Host- prefix
 * (which browsers bind to this exact host and path /) when the site is served over TLS.
 */
@ApplicationScoped
public class SessionCookie {

    private final boolean secure;
    private final Duration lifetime;

    SessionCookie(@ConfigProperty(name = "roundtable.secure-cookies") boolean secure, SessionSettings settings) {
        this.secure = secure;
        this.lifetime = settings.absoluteLifetime();
    }

    /** Served over TLS: cookies get Secure and the __Host- prefix. */
    public boolean secure() {
        return secure;
    }

    public String name() {
        return secure ? "__Host-rt_session" : "rt_session";
    }

    /** The session token the request carries, or null. */
    public String tokenIn(HttpHeaders headers) {
        return tokenIn(headers.getCookies());
    }

    /** The session token among these cookies, or null. */
    public String tokenIn(Map<String, Cookie> cookies) {
        String token = valueIn(cookies, name());
        return token == null || token.isBlank() ? null : token;
    }

    /** The value of the cookie called {@code name} among these, or null. */
    String valueIn(Map<String, Cookie> cookies, String name) {
        Cookie cookie = cookies.get(name);
        return cookie == null ? null : cookie.getValue();
    }

    public NewCookie issue(String token) {
        return build(token, (int) lifetime.toSeconds());
    }

    public NewCookie expire() {
        return build("", 0);
    }

    /**
     * A short-lived cookie that carries something to be shown once (a new return code, a
     * one-time password) to the one page at {@code path}, which then expires it; the value
     * is never stored on the server.
     */
    public NewCookie shownOnce(String name, String value, String path, int maxAge) {
        return new NewCookie.Builder(name)
                .value(value)
                .path(path)
                .maxAge(maxAge)
                .httpOnly(true)
                .secure(secure)
                .sameSite(NewCookie.SameSite.LAX)
                .build();
    }

    private NewCookie build(String value, int maxAge) {
        return new NewCookie.Builder(name())
                .value(value)
                .path("/")
                .maxAge(maxAge)
                .httpOnly(true)
                .secure(secure)
                .sameSite(NewCookie.SameSite.LAX)
                .build();
    }
}
