package org.roundtable.account;

import java.time.Duration;
import java.time.Instant;

import io.quarkus.arc.Arc;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A signed-in browser. The cookie holds a random token; only its hash is stored, and
 * deleting the row signs the browser out everywhere the cookie was copied to.
 */
@Entity
@Table(name = "app_session")
public class UserSession extends AccountRecord {

    /** Touching last_seen on every request would turn every page view into a write. */
    static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);
    /** Touches per idle timeout at least, so a session in use never looks idle. */
    private static final int TOUCHES_PER_IDLE_TIMEOUT = 4;

    public String tokenHash;

    public Instant lastSeenAt;

    /** Opens a session for the account and returns the token for its cookie. */
    public static String open(Account account, Instant now) {
        String token = SessionTokens.newToken();
        UserSession session = new UserSession();
        session.tokenHash = SessionTokens.hash(token);
        session.account = account;
        session.createdAt = now;
        session.lastSeenAt = session.createdAt;
        session.persist();
        return token;
    }

    public static UserSession findByToken(String token) {
        return find("from UserSession s join fetch s.account where s.tokenHash = ?1", SessionTokens.hash(token))
                .firstResult();
    }

    /** Ends the session this token opened, if any; everything it holds open ends with it. */
    public static long endByToken(String token) {
        UserSession session = find("tokenHash", SessionTokens.hash(token)).firstResult();
        if (session == null) {
            return 0;
        }
        session.delete();
        announce(SessionsEnded.one(session.account.id, session.id));
        return 1;
    }

    /** Ends every session of the account, on every browser; everything they hold open ends with them. */
    public static long endAllFor(Account account) {
        long ended = delete("account", account);
        announce(SessionsEnded.allOf(account.id));
        return ended;
    }

    /**
     * Tells the observers, in this transaction, so no caller can forget it. An entity's
     * static method has no constructor to inject into, hence the container lookup.
     */
    private static void announce(SessionsEnded ended) {
        Arc.container().beanManager().getEvent().select(SessionsEnded.class).fire(ended);
    }

    public boolean expired(Instant now, Duration idleTimeout, Duration lifetime) {
        return lastSeenAt.plus(idleTimeout).isBefore(now) || createdAt.plus(lifetime).isBefore(now);
    }

    /**
     * Once a minute at most, but more often when the idle timeout is short: touching only
     * once a minute would end a busy session whose idle timeout is under a minute.
     */
    public boolean dueForTouch(Instant now, Duration idleTimeout) {
        return lastSeenAt.plus(touchInterval(idleTimeout)).isBefore(now);
    }

    static Duration touchInterval(Duration idleTimeout) {
        Duration quarter = idleTimeout.dividedBy(TOUCHES_PER_IDLE_TIMEOUT);
        return quarter.compareTo(TOUCH_INTERVAL) < 0 ? quarter : TOUCH_INTERVAL;
    }
}
