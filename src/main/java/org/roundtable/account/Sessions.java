package org.roundtable.account;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

/**
 * Sessions as the pages that start them see them: the session row, stamped with the clock, and
 * the cookies that go with it ({@link SessionCookie}). Signing in, changing a password, joining
 * a class and coming back to it each end the session the browser had and start a fresh one.
 */
@ApplicationScoped
public class Sessions {

    private final SessionCookie cookie;
    private final Clock clock;

    Sessions(SessionCookie cookie, Clock clock) {
        this.cookie = cookie;
        this.clock = clock;
    }

    /** The session token the request carries, or null. */
    public String tokenIn(HttpHeaders headers) {
        return cookie.tokenIn(headers);
    }

    /** Opens a session for the account now, in the caller's transaction; returns the token for its cookie. */
    public String open(Account account) {
        return UserSession.open(account, now());
    }

    /**
     * A 303 to {@code target} with the cookie of a fresh session for the account {@code change}
     * returns; it runs first, in the same transaction of its own, to end the sessions it must.
     */
    public Response.ResponseBuilder start(String target, Supplier<Account> change) {
        String token = QuarkusTransaction.requiringNew().call(() -> open(change.get()));
        return Response.seeOther(URI.create(target)).cookie(cookieFor(token));
    }

    /** The cookie that carries a session's token. */
    public NewCookie cookieFor(String token) {
        return cookie.issue(token);
    }

    public NewCookie expire() {
        return cookie.expire();
    }

    /** See {@link SessionCookie#shownOnce}. */
    public NewCookie shownOnce(String name, String value, String path, int maxAge) {
        return cookie.shownOnce(name, value, path, maxAge);
    }

    public Instant now() {
        return clock.instant();
    }
}
