package org.roundtable.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.roundtable.support.Browser;
import org.roundtable.support.ServerProcess;

import io.restassured.response.Response;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Instances of the PostgreSQL build started as real processes on one real PostgreSQL, with
 * the steps the multi-instance tests take in them. Registered on a test class, it starts the
 * database before the class's own {@code @BeforeAll} (which starts the instances) and stops
 * every process and the database after its tests.
 */
final class PostgresInstances implements BeforeAllCallback, AfterAllCallback {

    /** The demo class every instance creates (or finds, when another instance was first). */
    static final String CODE = "KQX7M2";

    private final String jar = System.getProperty("postgresql.app", "target/postgresql-app/quarkus-run.jar");
    private final List<Process> processes = new ArrayList<>();
    private final Map<String, Path> logs = new HashMap<>();
    private EmbeddedPostgres postgres;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        assertTrue(new File(jar).exists(), "the PostgreSQL build is made by the package phase: " + jar);
        postgres = EmbeddedPostgres.builder().start();
    }

    /** Starts an instance on the port with the settings all instances share, and these on top. */
    void start(int port, String name, Map<String, String> settings) throws IOException {
        Map<String, String> env = new HashMap<>(Map.of(
                "QUARKUS_HTTP_PORT", String.valueOf(port),
                "QUARKUS_DATASOURCE_JDBC_URL", postgres.getJdbcUrl("postgres", "postgres"),
                "QUARKUS_DATASOURCE_USERNAME", "postgres",
                "QUARKUS_DATASOURCE_PASSWORD", "postgres",
                "ROUNDTABLE_DEMO_CLASS_CODE", CODE,
                "ROUNDTABLE_ADMIN_PASSWORD", "several instances, one database",
                "ROUNDTABLE_SLOW_MODE", "0"));
        env.putAll(settings);
        Path log = Files.createTempFile("roundtable-" + name, ".log");
        logs.put(name, log);
        processes.add(ServerProcess.start(jar, env, name, log));
    }

    /** What the instance started under this name has printed so far. */
    String output(String name) throws IOException {
        return Files.readString(logs.get(name));
    }

    /** Another process the test started (a proxy), stopped with the instances. */
    void add(Process process) {
        processes.add(process);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        processes.forEach(Process::destroy);
        if (postgres != null) {
            postgres.close();
        }
    }

    /** A new student in the demo class, joined through this address. */
    static Browser join(String base, String name) {
        Browser browser = new Browser();
        Response joined = browser.submit(base + "/join", base + "/join", Map.of("code", CODE, "name", name));
        assertEquals(303, joined.statusCode(), "joined through " + base);
        return browser;
    }

    /** The path of the first discussion on the class home. */
    static String firstDiscussion(Browser browser, String base) {
        String home = browser.get(base + "/classes/1").asString();
        int at = home.indexOf("/classes/1/discussions/");
        return home.substring(at, home.indexOf('"', at));
    }

    static Response answer(Browser browser, String base, String discussion, String body) {
        return browser.submit(base + discussion, base + discussion + "/posts",
                Map.of("body", body, "key", UUID.randomUUID().toString()));
    }
}
