package org.roundtable.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.roundtable.support.Browser;
import org.roundtable.support.ServerProcess;

import io.restassured.response.Response;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Kills the server with SIGKILL while students post, restarts it on the same data, and
 * checks that every post acknowledged with a redirect is there exactly once — also the
 * ones whose request was cut off and retried with the same form (idempotency key).
 * Cycles: -Dcrash.cycles (3 in the build; the documented full run uses 10).
 */
class CrashIT {

    static final String CODE = "KQX7M2";
    static final int STUDENTS = 4;
    static final int CYCLES = Integer.getInteger("crash.cycles", 3);

    @Test
    void h2KeepsEveryAcknowledgedPostThroughKills() throws Exception {
        Path data = Files.createTempDirectory("roundtable-crash-h2");
        Map<String, String> env = new HashMap<>();
        env.put("ROUNDTABLE_DATA_DIR", data.toString());
        String suffix = System.getProperty("crash.h2.url-suffix");
        if (suffix != null) {
            // For showing what happens without the durable setting, e.g. -Dcrash.h2.url-suffix=";WRITE_DELAY=500"
            env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:h2:file:" + data + "/roundtable" + suffix);
        }
        run("target/quarkus-app/quarkus-run.jar", env);
    }

    @Test
    void postgresqlKeepsEveryAcknowledgedPostThroughKills() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            Map<String, String> env = new HashMap<>();
            env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.getJdbcUrl("postgres", "postgres"));
            env.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
            env.put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
            run(System.getProperty("postgresql.app", "target/postgresql-app/quarkus-run.jar"), env);
        }
    }

    /** One student posting in a loop; survives the server's death by retrying the same form. */
    static final class Poster implements Runnable {

        final Browser browser = new Browser();
        final String name;
        final Map<String, String> acknowledged; // body → post id
        final AtomicBoolean running;
        String base;
        String discussion;
        int next;

        Poster(String name, Map<String, String> acknowledged, AtomicBoolean running) {
            this.name = name;
            this.acknowledged = acknowledged;
            this.running = running;
        }

        @Override
        public void run() {
            String key = UUID.randomUUID().toString();
            String body = name + " post " + next;
            while (running.get()) {
                try {
                    Response response = browser.submit(base + discussion, base + discussion + "/posts",
                            Map.of("body", body, "key", key));
                    if (response.statusCode() == 303) {
                        String location = response.header("Location");
                        acknowledged.put(body, location.substring(location.indexOf("#post-") + 6));
                        next++;
                        key = UUID.randomUUID().toString();
                        body = name + " post " + next;
                    }
                } catch (RuntimeException serverGone) {
                    // the same key and text are sent again once the server is back
                    sleep(100);
                }
            }
        }
    }

    void run(String jar, Map<String, String> env) throws Exception {
        assertTrue(new File(jar).exists(), "built by the package phase: " + jar);
        int port = ServerProcess.freePort();
        String base = "http://localhost:" + port;
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("ROUNDTABLE_DEMO_CLASS_CODE", CODE);
        env.put("ROUNDTABLE_SLOW_MODE", "0");
        env.put("ROUNDTABLE_ADMIN_PASSWORD", "crash test administrator");

        Process server = ServerProcess.start(jar, env, "crash");
        ServerProcess.awaitReady(base);
        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        AtomicBoolean running = new AtomicBoolean(true);
        List<Poster> posters = new ArrayList<>();
        for (int i = 0; i < STUDENTS; i++) {
            Poster poster = new Poster("Student" + i, acknowledged, running);
            poster.base = base;
            Response joined = poster.browser.submit(base + "/join", base + "/join",
                    Map.of("code", CODE, "name", poster.name));
            assertEquals(303, joined.statusCode());
            String home = poster.browser.get(base + "/classes/1").asString();
            int at = home.indexOf("/classes/1/discussions/");
            poster.discussion = home.substring(at, home.indexOf('"', at));
            poster.browser.page(base + poster.discussion);
            posters.add(poster);
        }
        ExecutorService pool = Executors.newFixedThreadPool(STUDENTS);
        posters.forEach(pool::execute);
        for (int cycle = 0; cycle < CYCLES; cycle++) {
            Thread.sleep(2000 + cycle * 137L % 700);
            server.destroyForcibly().waitFor(20, TimeUnit.SECONDS); // SIGKILL, mid-run
            server = ServerProcess.start(jar, env, "crash");
            ServerProcess.awaitReady(base);
        }
        Thread.sleep(1000);
        running.set(false);
        pool.shutdown();
        assertTrue(pool.awaitTermination(60, TimeUnit.SECONDS));

        Browser teacher = new Browser();
        assertEquals(303, teacher.submit(base + "/signin", base + "/signin",
                Map.of("username", "admin", "password", "crash test administrator")).statusCode());
        String discussionId = posters.get(0).discussion.substring(posters.get(0).discussion.lastIndexOf('/') + 1);
        byte[] csv = teacher.get(base + "/teach/classes/1/discussions/" + discussionId + "/export.csv").asByteArray();
        List<CSVRecord> rows = CSVFormat.RFC4180.parse(
                new StringReader(new String(csv, StandardCharsets.UTF_8).substring(1))).getRecords();
        Map<String, Integer> stored = new HashMap<>();
        for (CSVRecord row : rows.subList(1, rows.size())) {
            stored.merge(row.get(9), 1, Integer::sum);
        }
        server.destroy();
        server.waitFor(20, TimeUnit.SECONDS);

        assertTrue(acknowledged.size() >= CYCLES * 2, "enough posting happened: " + acknowledged.size());
        List<String> missing = new ArrayList<>();
        List<String> doubled = new ArrayList<>();
        acknowledged.keySet().forEach(body -> {
            int count = stored.getOrDefault(body, 0);
            if (count == 0) {
                missing.add(body);
            } else if (count > 1) {
                doubled.add(body);
            }
        });
        Set<String> storedBodies = stored.keySet();
        System.out.printf("%s: %d cycles, %d posts acknowledged, %d stored, %d missing, %d doubled%n",
                jar, CYCLES, acknowledged.size(), storedBodies.size(), missing.size(), doubled.size());
        assertEquals(List.of(), missing, "acknowledged posts lost");
        assertEquals(List.of(), doubled, "posts stored twice");
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
