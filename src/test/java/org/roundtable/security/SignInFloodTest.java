package org.roundtable.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.roundtable.account.Throttle;
import org.roundtable.support.AtOnce;
import org.roundtable.support.Browser;
import org.roundtable.support.Crowd;
import org.roundtable.support.Fixtures;
import org.roundtable.support.FreshData;
import org.roundtable.support.People;
import org.roundtable.support.People.Person;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A flood of wrong passwords, sent at once from more browsers than there are database
 * connections, neither takes the site down for a student reading nor slips past the limit:
 * every attempt is counted, or refused as busy before it is (past bcrypt's queue, with 503),
 * and only as many get a "wrong password" answer as the limit allows.
 */
@QuarkusTest
class SignInFloodTest extends FreshData {

    static final int ATTEMPTS = 40;
    /** The wrong passwords one account may take in a quarter of an hour. */
    static final int LIMIT = Throttle.SIGN_IN_ACCOUNT.allowed();

    @Test
    void fortyParallelWrongPasswordsAreAllCountedAndAStudentKeepsReading() throws Exception {
        fixtures.teacher("victim", "the right password", false);
        Fixtures.TestClass c = fixtures.createClass("Reading", 0);
        fixtures.configure(c.id(), k -> k.postFirst = false);
        Person reader = People.student(fixtures, c.id(), "Reader");
        Crowd attackers = Crowd.ready(Stream.generate(Browser::new).limit(ATTEMPTS).toList(), "/signin");

        ConcurrentLinkedQueue<Integer> signIns = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Integer> reads = new ConcurrentLinkedQueue<>();
        AtomicBoolean flooding = new AtomicBoolean(true);
        Thread reading = new Thread(() -> {
            while (flooding.get()) {
                reads.add(reader.browser().get(c.discussionPath(1)).statusCode());
            }
        });
        reading.start();
        AtOnce.run(ATTEMPTS, i -> signIns.add(attackers.post(i, "/signin", Map.of("username", "victim",
                "password", "guess number " + i)).statusCode()), Duration.ofMinutes(3));
        reads.add(reader.browser().get(c.discussionPath(1)).statusCode());
        flooding.set(false);
        reading.join(Duration.ofMinutes(1).toMillis());
        assertFalse(reading.isAlive(), "the reading stopped");

        assertEquals(List.of(), signIns.stream().filter(s -> s >= 500 && s != 503).toList(),
                "no sign-in failed on the server");
        assertEquals(List.of(), reads.stream().filter(s -> s != 200).toList(), "the student read on");
        long wrong = signIns.stream().filter(s -> s == 400).count();
        long slowed = signIns.stream().filter(s -> s == 429).count();
        long busy = signIns.stream().filter(s -> s == 503).count(); // past bcrypt's queue: refused before counting
        assertTrue(busy <= ATTEMPTS - LIMIT, "the queue lets in more than the limit: " + busy + " refused as busy");
        assertEquals(LIMIT, wrong, "exactly the limit got a \"wrong password\" answer");
        assertEquals(ATTEMPTS - LIMIT - busy, slowed, "the rest were told to wait");
        assertEquals(ATTEMPTS - busy, attempts("signin-account:victim"),
                "every attempt that reached the limit counted for the account");
        assertEquals(ATTEMPTS - busy, attempts("signin-address:%"), "and for the address");
    }

    private static int attempts(String bucket) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Panache.getEntityManager()
                .createNativeQuery("select attempts from throttle where bucket like ?1").setParameter(1, bucket)
                .getSingleResult()).intValue());
    }
}
