package org.roundtable.account;

import java.time.Duration;
import java.time.Instant;

import io.quarkus.hibernate.orm.panache.Panache;
import io.vertx.core.http.HttpServerRequest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Limits guessing: failed sign-ins per account and per address, failed return codes per
 * name and per address, wrong join codes per address. Failures are counted in the
 * database, in their own transaction, so every instance sees the same count and a
 * refused attempt still counts.
 */
@ApplicationScoped
public class Throttle {

    /** A kind of attempt: how many failures are allowed in how long. */
    public record Limit(String name, int failures, Duration window) {
    }

    public static final Limit SIGN_IN_ACCOUNT = new Limit("signin-account", 10, Duration.ofMinutes(15));
    public static final Limit SIGN_IN_ADDRESS = new Limit("signin-address", 50, Duration.ofMinutes(15));
    public static final Limit RETURN_NAME = new Limit("return-name", 10, Duration.ofMinutes(15));
    public static final Limit RETURN_ADDRESS = new Limit("return-address", 50, Duration.ofMinutes(15));
    public static final Limit JOIN_ADDRESS = new Limit("join-address", 30, Duration.ofMinutes(15));

    /** How long until another attempt is allowed for this key; zero if allowed now. */
    public Duration waitFor(Limit limit, String key) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object[] row = (Object[]) em().createNativeQuery(
                    "select window_start, attempts from throttle where bucket = ?1")
                    .setParameter(1, bucket(limit, key)).getResultStream().findFirst().orElse(null);
            if (row == null) {
                return Duration.ZERO;
            }
            Instant end = toInstant(row[0]).plus(limit.window());
            int attempts = ((Number) row[1]).intValue();
            Instant now = Instant.now();
            return attempts >= limit.failures() && end.isAfter(now) ? Duration.between(now, end) : Duration.ZERO;
        });
    }

    /** The wait under two limits at once (say, per account and per address): the longer one. */
    public Duration waitFor(Limit first, String firstKey, Limit second, String secondKey) {
        Duration a = waitFor(first, firstKey);
        Duration b = waitFor(second, secondKey);
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** Counts a failed attempt. */
    public void failed(Limit limit, String key) {
        String bucket = bucket(limit, key);
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> count(bucket, limit));
                return;
            } catch (RuntimeException concurrentInsert) {
                // another request created the row at the same moment: count again on it
            }
        }
    }

    /** Clears an account's failures after it signs in. */
    public void succeeded(Limit limit, String key) {
        QuarkusTransaction.requiringNew().run(() -> em().createNativeQuery("delete from throttle where bucket = ?1")
                .setParameter(1, bucket(limit, key)).executeUpdate());
    }

    private void count(String bucket, Limit limit) {
        Instant now = Instant.now();
        int updated = em().createNativeQuery("update throttle set attempts = attempts + 1 "
                + "where bucket = ?1 and window_start > ?2")
                .setParameter(1, bucket).setParameter(2, now.minus(limit.window())).executeUpdate();
        if (updated == 0) {
            em().createNativeQuery("delete from throttle where bucket = ?1").setParameter(1, bucket).executeUpdate();
            em().createNativeQuery("insert into throttle (bucket, window_start, attempts) values (?1, ?2, 1)")
                    .setParameter(1, bucket).setParameter(2, now).executeUpdate();
        }
    }

    static String bucket(Limit limit, String key) {
        String full = limit.name() + ":" + key;
        return full.length() <= 200 ? full : limit.name() + ":" + SessionTokens.hash(key);
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
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
        return seconds < 120 ? seconds + " seconds" : (seconds + 59) / 60 + " minutes";
    }

    /** Seconds to put in Retry-After: at least one. */
    public static long seconds(Duration wait) {
        return Math.max(1, wait.toSeconds() + (wait.toMillisPart() > 0 ? 1 : 0));
    }
}
