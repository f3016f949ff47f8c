package org.roundtable.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.roundtable.classroom.Enrollment;
import org.roundtable.support.Browser;
import org.roundtable.support.Fixtures;
import org.roundtable.support.FreshData;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * While as many passwords wait to be checked as the server lets wait, the next come-back, sign-in
 * or password change is answered at once (503, Retry-After) with its form as typed, before any
 * database work, and counts against nobody: once the queue drains, the same press goes through.
 * A join is let in all the same: its return code is hashed after it is answered.
 */
@QuarkusTest
class BusyPasswordsTest extends FreshData {

    @Test
    void aFullQueueAnswersAtOnceWithTheFormAsTypedAndTheSamePressWorksLater() throws Exception {
        long teacherId = fixtures.teacher("ms-busy", "the right password", false);
        Fixtures.TestClass c = fixtures.createClass("Period 2", 0, teacherId);
        long ben = fixtures.enrol(c.id(), "Ben K", "ABCD-EFGH");
        Browser teacher = new Browser();
        Browser student = new Browser();
        Browser returning = new Browser();
        long students = fixtures.count(Enrollment.class);

        String miraCode;
        try (Full full = new Full()) {
            Response join = student.submit("/join", "/join", Map.of("code", c.code(), "name", "Mira S"));
            assertEquals(303, join.statusCode(), "a join does not wait for bcrypt");
            assertTrue(join.time() < Duration.ofSeconds(5).toMillis(), "answered at once: " + join.time());
            assertEquals(students + 1, fixtures.count(Enrollment.class));
            miraCode = student.page("/welcome/" + c.id()).select(".return-code").text();

            long counted = attemptsCounted();
            Document back = refusedAtOnce(returning.submit("/return", "/return",
                    Map.of("code", c.code(), "name", "Ben K", "returnCode", "ABCD-EFGH")));
            assertEquals("Ben K", back.select("input[name=name]").val());

            for (int i = 0; i <= Throttle.SIGN_IN_ACCOUNT.allowed(); i++) { // more presses than the limit
                Document signIn = refusedAtOnce(teacher.submit("/signin", "/signin",
                        Map.of("username", "ms-busy", "password", "the right password")));
                assertEquals("ms-busy", signIn.select("input[name=username]").val());
            }
            assertEquals(counted, attemptsCounted(), "a press refused while busy costs no database write");
        }

        assertEquals(303, new Browser().submit("/return", "/return",
                Map.of("code", c.code(), "name", "Mira S", "returnCode", miraCode)).statusCode(),
                "the code shown while bcrypt was busy works");
        assertEquals(303, returning.submit("/return", "/return",
                Map.of("code", c.code(), "name", "Ben K", "returnCode", "ABCD-EFGH")).statusCode());
        assertEquals(303, teacher.submit("/signin", "/signin",
                Map.of("username", "ms-busy", "password", "the right password")).statusCode(),
                "presses refused while busy did not count as wrong passwords");

        try (Full full = new Full()) {
            String newCode = "/teach/classes/" + c.id() + "/students/" + ben + "/return-code";
            Response reset = teacher.submit("/teach/classes/" + c.id() + "/roster", newCode, Map.of());
            assertEquals(503, reset.statusCode(), "a form with nothing typed gets the error page");
            assertTrue(Long.parseLong(reset.header("Retry-After")) >= 1);
            assertEquals("Busy for a moment", Jsoup.parse(reset.asString()).select("h1").text());

            Document change = refusedAtOnce(teacher.submit(AccountPaths.PASSWORD, AccountPaths.PASSWORD,
                    Map.of("current", "the right password", "password", "a new long password", "repeat",
                            "a new long password")));
            assertEquals(1, change.select("form[action=" + AccountPaths.PASSWORD + "]").size(), "the form again");
        }
        assertEquals(200, teacher.get(AccountPaths.TEACHER_HOME).statusCode(), "still signed in, nothing changed");
        assertEquals(303, new Browser().submit("/return", "/return",
                Map.of("code", c.code(), "name", "Ben K", "returnCode", "ABCD-EFGH")).statusCode(),
                "Ben's return code was not replaced");
    }

    private static long attemptsCounted() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Panache.getEntityManager()
                .createNativeQuery("select coalesce(sum(attempts), 0) from throttle").getSingleResult()).longValue());
    }

    /** 503 with a Retry-After of a few seconds, answered without waiting for the queue, saying to press again. */
    private static Document refusedAtOnce(Response response) {
        assertEquals(503, response.statusCode(), response.asString());
        long retryAfter = Long.parseLong(response.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
        assertTrue(response.time() < Duration.ofSeconds(5).toMillis(), "answered at once: " + response.time());
        Document page = Jsoup.parse(response.asString());
        assertTrue(page.text().contains("Press the button again"), page.text());
        return page;
    }

    /** Every place in the server's queue for bcrypt taken by a hash that waits for the test to end. */
    private static final class Full implements AutoCloseable {

        private final CountDownLatch release = new CountDownLatch(1);
        private final ExecutorService threads;

        Full() throws InterruptedException {
            int places = Passwords.GATE.free();
            threads = Executors.newFixedThreadPool(places);
            for (int i = 0; i < places; i++) {
                threads.submit(() -> Passwords.GATE.run(() -> {
                    try {
                        return release.await(2, TimeUnit.MINUTES);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return false;
                    }
                }));
            }
            long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (Passwords.GATE.free() > 0 && System.nanoTime() < until) {
                Thread.sleep(5);
            }
            assertEquals(0, Passwords.GATE.free(), "the queue filled");
        }

        @Override
        public void close() throws InterruptedException {
            release.countDown();
            threads.shutdown();
            assertTrue(threads.awaitTermination(1, TimeUnit.MINUTES));
        }
    }
}
