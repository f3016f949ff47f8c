package org.roundtable.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.roundtable.support.Browser;
import org.roundtable.support.SseClient;

import io.restassured.response.Response;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Two instances of the PostgreSQL build, started as real processes on one real
 * PostgreSQL, sharing nothing else: a session made on one works on the other, and a
 * post made through one reaches a live stream open on the other (LISTEN/NOTIFY).
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
        int portA = freePort();
        int portB = freePort();
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
        Path log = Files.createTempFile("roundtable-instance-" + name, ".log");
        ProcessBuilder builder = new ProcessBuilder(javaBinary(), "-jar", jar)
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.getJdbcUrl("postgres", "postgres"));
        env.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        env.put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
        env.put("ROUNDTABLE_DEMO_CLASS_CODE", CODE);
        env.put("ROUNDTABLE_ADMIN_PASSWORD", "two instances, one database");
        env.put("ROUNDTABLE_SLOW_MODE", "0");
        System.out.println("Instance " + name + " on port " + port + ", log in " + log);
        return builder.start();
    }

    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static void awaitReady(String base) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "/q/health/ready"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    assertTrue(response.body().contains("\"UP\""), response.body());
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError(base + " did not become ready");
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
}
