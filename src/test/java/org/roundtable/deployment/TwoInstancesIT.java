package org.roundtable.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.roundtable.support.Browser;
import org.roundtable.support.ServerProcess;
import org.roundtable.support.SseClient;

import io.restassured.response.Response;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Two instances of the PostgreSQL build, started as real processes on one real
 * PostgreSQL, sharing nothing else: a session made on one works on the other, and a
 * post made through one reaches a live stream open on the other (LISTEN/NOTIFY), and a
 * session ended through one ends its streams on the other.
 */
class TwoInstancesIT {

    static final String CODE = "KQX7M2";
    static EmbeddedPostgres postgres;
    static final List<Process> processes = new ArrayList<>();
    static String a;
    static String b;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        String jar = System.getProperty("postgresql.app", "target/postgresql-app/quarkus-run.jar");
        assertTrue(new File(jar).exists(), "the PostgreSQL build is made by the package phase: " + jar);
        // Both start at once, as they would behind a proxy: startup must cope with the race.
        int portA = ServerProcess.freePort();
        int portB = ServerProcess.freePort();
        processes.add(start(jar, portA, "a"));
        processes.add(start(jar, portB, "b"));
        a = "http://localhost:" + portA;
        b = "http://localhost:" + portB;
        awaitReady(a);
        awaitReady(b);
    }

    @AfterAll
    static void stop() throws IOException {
        processes.forEach(Process::destroy);
        if (postgres != null) {
            postgres.close();
        }
    }

    static Process start(String jar, int port, String name) throws IOException {
        return ServerProcess.start(jar, Map.of(
                "QUARKUS_HTTP_PORT", String.valueOf(port),
                "QUARKUS_DATASOURCE_JDBC_URL", postgres.getJdbcUrl("postgres", "postgres"),
                "QUARKUS_DATASOURCE_USERNAME", "postgres",
                "QUARKUS_DATASOURCE_PASSWORD", "postgres",
                "ROUNDTABLE_DEMO_CLASS_CODE", CODE,
                "ROUNDTABLE_ADMIN_PASSWORD", "two instances, one database",
                "ROUNDTABLE_SLOW_MODE", "0"), "instance-" + name);
    }

    static void awaitReady(String base) throws Exception {
        String body = ServerProcess.awaitReady(base);
        assertTrue(body.contains("\"UP\""), body);
    }

    static Browser join(String base, String name) {
        Browser browser = new Browser();
        Response joined = browser.submit(base + "/join", base + "/join", Map.of("code", CODE, "name", name));
        assertEquals(303, joined.statusCode(), "joined through " + base);
        return browser;
    }

    static String firstDiscussion(Browser browser, String base) {
        String home = browser.get(base + "/classes/1").asString();
        int at = home.indexOf("/classes/1/discussions/");
        return home.substring(at, home.indexOf('"', at));
    }

    static Response answer(Browser browser, String base, String discussion, String body) {
        return browser.submit(base + discussion, base + discussion + "/posts",
                Map.of("body", body, "key", UUID.randomUUID().toString()));
    }

    @Test
    void sessionsWorkOnBothInstancesAndAPostOnOneReachesAStreamOnTheOther() throws Exception {
        Browser first = join(a, "Made On A");
        String discussion = firstDiscussion(first, a);
        assertEquals(303, answer(first, a, discussion, "My answer, written through instance A").statusCode());

        try (SseClient stream = new SseClient(b, discussion + "/events", first.cookie("rt_session"))) {
            assertEquals(200, stream.status(), "a session made on A opens a stream on B");
            stream.awaitReady();

            Browser second = join(b, "Made On B");
            Response posted = answer(second, a, discussion, "Written through A with a session from B");
            assertEquals(303, posted.statusCode(), "a session made on B posts through A");

            SseClient.Event event = stream.next("post", Duration.ofSeconds(5));
            assertNotNull(event, "the post made on A reached the stream open on B");
            assertTrue(event.data().contains("Written through A with a session from B"));
        }
    }

    @Test
    void signingOutThroughOneInstanceEndsTheStreamOpenOnTheOther() throws Exception {
        Browser reader = join(a, "Signs Out On A");
        String discussion = firstDiscussion(reader, a);
        try (SseClient stream = new SseClient(b, discussion + "/events", reader.cookie("rt_session"))) {
            assertEquals(200, stream.status());
            stream.awaitReady();
            assertEquals(303, reader.submit(a + discussion, a + "/signout", Map.of()).statusCode());
            assertTrue(stream.endsWithin(Duration.ofSeconds(5)), "the stream open on B ended with the session");
        }
    }
}
