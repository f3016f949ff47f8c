package org.roundtable.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.roundtable.Plurals;
import org.roundtable.language.Messages;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * Limits guessing and mass sign-ups, counted in the database so every instance sees the same
 * count. An attempt is counted <em>before</em> it is tried, in one short transaction of its own,
 * and refused when any of its keys is over its limit: parallel attempts cannot slip past a
 * limit, and when counting fails the attempt is refused (the exception propagates), never let
 * through. An attempt that succeeds is taken back with {@link #forgive}. The caller must not be
 * in a transaction, so a request never holds one connection while waiting for another.
 */
@ApplicationScoped
public class Throttle {

    private final Clock clock;

    Throttle(Clock clock) {
        this.clock = clock;
    }

    /** A kind of attempt: how many are allowed per key in how long (a fixed window). */
    public record Limit(String name, int allowed, Duration window) {
    }

    /** One limit applied to one key (an account, an address, a device). */
    public record Key(Limit limit, String value) {

        String bucket() {
            String full = limit.name() + ":" + value;
            return full.length() <= 200 ? full : limit.name() + ":" + SessionTokens.hash(value);
        }
    }

    /** A counted attempt: refused when {@code retryAfter} is not zero. */
    public record Attempt(List<Key> keys, Duration retryAfter) {

        public boolean refused() {
            return !retryAfter.isZero();
        }

        /** The wait as people read it, for the page that refuses the attempt: "3 minutes". */
        public String waitInWords() {
            return inWords(retryAfter);
        }

        /** A 429 answer, for the refusing page, that tells the client when to try again. */
        public Response.ResponseBuilder tooMany() {
            return Response.status(429).header(HttpHeaders.RETRY_AFTER, seconds(retryAfter));
        }
    }

    /** A counted password attempt: refused before any check, or checked and {@code matched} or not. */
    public record Guess(Attempt attempt, boolean matched) {

        public boolean refused() {
            return attempt.refused();
        }
    }

    private static final Duration QUARTER = Duration.ofMinutes(15);

    /** Wrong passwords for one account from browsers it has never signed in from. */
    public static final Limit SIGN_IN_ACCOUNT = new Limit("signin-account", 10, QUARTER);
    /** Wrong passwords for one account from one browser it has signed in from before. */
    public static final Limit SIGN_IN_KNOWN_DEVICE = new Limit("signin-device", 10, QUARTER);
    public static final Limit SIGN_IN_ADDRESS = new Limit("signin-address", 50, QUARTER);
    /** Wrong current passwords on the change-password form, per account. */
    public static final Limit CURRENT_PASSWORD = new Limit("current-password", 10, QUARTER);
    public static final Limit RETURN_NAME = new Limit("return-name", 10, QUARTER);
    public static final Limit RETURN_ADDRESS = new Limit("return-address", 50, QUARTER);
    /** Wrong class codes (on joining and on coming back) from one browser. */
    public static final Limit CODE_DEVICE = new Limit("code-device", 10, QUARTER);
    /** Wrong class codes from one address: a whole school may sit behind it. */
    public static final Limit JOIN_ADDRESS = new Limit("join-address", 100, QUARTER);
    /** Students created from one browser: a class is joined once, not thirty times. */
    public static final Limit JOINS_DEVICE = new Limit("joins-device", 5, Duration.ofHours(1));
    /** Students created from one address: several whole classes may join behind it at once. */
    public static final Limit JOINS_ADDRESS = new Limit("joins-address", 200, Duration.ofHours(1));

    private static final int TRIES = 5;

    public static Key key(Limit limit, String value) {
        return new Key(limit, value);
    }

    /**
     * Counts an attempt under every key. Two requests creating the same row at once make one of
     * them fail; it is counted again. If counting still fails, the exception is thrown.
     */
    public Attempt attempt(Key... keys) {
        requireNoTransaction();
        List<Key> sorted = Arrays.stream(keys).sorted(Comparator.comparing(Key::bucket)).toList();
        RuntimeException last = null;
        for (int i = 0; i < TRIES; i++) {
            try {
                Duration wait = QuarkusTransaction.requiringNew().call(() -> countAll(sorted, clock.instant()));
                return new Attempt(sorted, wait);
            } catch (RuntimeException concurrentInsert) {
                last = concurrentInsert;
            }
        }
        throw new IllegalStateException("Could not count an attempt; refusing it", last);
    }

    /**
     * The one way a password is tried, on signing in and on changing it: counted under the keys first, then
     * checked (with no connection held) unless refused; a right one is taken back, as is one left unchecked.
     */
    public Guess guess(String password, String hash, Key... keys) {
        Attempt attempt = attempt(keys);
        if (attempt.refused()) {
            return new Guess(attempt, false);
        }
        boolean matched;
        try {
            matched = Passwords.matches(password, hash);
        } catch (Passwords.Busy busy) {
            forgive(attempt);
            throw busy;
        }
        if (matched) {
            forgive(attempt);
        }
        return new Guess(attempt, matched);
    }

    /** Takes a counted attempt back under the given limits (all of them when none are given). */
    public void forgive(Attempt attempt, Limit... only) {
        requireNoTransaction();
        List<Limit> limits = Arrays.asList(only);
        List<Key> keys = attempt.keys().stream().filter(k -> limits.isEmpty() || limits.contains(k.limit())).toList();
        QuarkusTransaction.requiringNew().run(() -> keys.forEach(k -> em().createNativeQuery(
                "update throttle set attempts = attempts - 1 where bucket = ?1 and attempts > 0")
                .setParameter(1, k.bucket()).executeUpdate()));
    }

    /** Forgets every attempt under a key: an admin lifting a lockout. Joins the caller's transaction. */
    public void clear(Limit limit, String value) {
        em().createNativeQuery("delete from throttle where bucket = ?1").setParameter(1, key(limit, value).bucket())
                .executeUpdate();
    }

    /** The keys over the limit now (short keys only: long ones are stored hashed). Joins the caller's transaction. */
    public Set<String> overLimit(Limit limit) {
        String prefix = limit.name() + ":";
        Set<String> keys = new HashSet<>();
        for (Object bucket : em().createNativeQuery("select bucket from throttle where bucket like ?1 "
                + "and attempts >= ?2 and window_start > ?3")
                .setParameter(1, prefix + "%").setParameter(2, limit.allowed())
                .setParameter(3, clock.instant().minus(limit.window())).getResultList()) {
            keys.add(bucket.toString().substring(prefix.length()));
        }
        return keys;
    }

    private Duration countAll(List<Key> keys, Instant now) {
        Duration wait = Duration.ZERO;
        for (Key key : keys) {
            Object[] row = increment(key, now);
            if (((Number) row[1]).intValue() > key.limit().allowed()) {
                Duration left = Duration.between(now, toInstant(row[0]).plus(key.limit().window()));
                wait = left.compareTo(wait) > 0 ? left : wait;
            }
        }
        return wait;
    }

    /** Adds one to the key's window, or starts a new window; the row stays locked until commit. */
    private Object[] increment(Key key, Instant now) {
        String bucket = key.bucket();
        Instant windowOpen = now.minus(key.limit().window());
        int updated = em().createNativeQuery("update throttle set attempts = attempts + 1 "
                + "where bucket = ?1 and window_start > ?2")
                .setParameter(1, bucket).setParameter(2, windowOpen).executeUpdate();
        if (updated == 0) {
            em().createNativeQuery("delete from throttle where bucket = ?1 and window_start <= ?2")
                    .setParameter(1, bucket).setParameter(2, windowOpen).executeUpdate();
            em().createNativeQuery("insert into throttle (bucket, window_start, attempts) values (?1, ?2, 1)")
                    .setParameter(1, bucket).setParameter(2, now).executeUpdate();
        }
        return row(bucket);
    }

    private static Object[] row(String bucket) {
        return (Object[]) em().createNativeQuery("select window_start, attempts from throttle where bucket = ?1")
                .setParameter(1, bucket).getResultStream().findFirst().orElse(null);
    }

    private static void requireNoTransaction() {
        if (QuarkusTransaction.isActive()) {
            throw new IllegalStateException("Counting an attempt inside a transaction would hold two connections");
        }
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return Instant.parse(value.toString());
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }

    /** The client's address; X-Forwarded-For counts only when the proxy settings say so. */
    public static String address(HttpServerRequest request) {
        return request.remoteAddress() == null ? "unknown" : request.remoteAddress().host();
    }

    /** A wait as people read it: "45 seconds", "3 minutes". */
    public static String inWords(Duration wait) {
        long seconds = seconds(wait);
        AccountMsg words = Messages.now(AccountMsg.class);
        return seconds < 120 ? Plurals.format(Messages.locale(), words.waitSeconds(), seconds)
                : Plurals.format(Messages.locale(), words.waitMinutes(), (seconds + 59) / 60);
    }

    /** Seconds to put in Retry-After: at least one. */
    public static long seconds(Duration wait) {
        return Math.max(1, wait.toSeconds() + (wait.toMillisPart() > 0 ? 1 : 0));
    }
}
