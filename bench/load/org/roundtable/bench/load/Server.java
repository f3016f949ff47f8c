package org.roundtable.bench.load;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The bench build's server on a free port and a fresh database: started with the build's
 * launcher when there is one (the README's command), else with {@code java -jar}.
 */
final class Server {

    static final String JOIN_CODE = "KQX7M2";
    static final String ADMIN_PASSWORD = "bench-admin-password";
    /** docs/deployment.md: a heap the size the app needs, and the collector that suits two cores. */
    static final String SMALL_SERVER_JAVA_OPTS = "-XX:+UseParallelGC -XX:ParallelGCThreads=2 -Xmx192m";

    final boolean postgresql;
    final Path app;
    final Path work;
    final int port;
    final String base;
    private Process process;
    private static final String UNKNOWN_JAVA = "Java of unknown version";
    private String java = UNKNOWN_JAVA;

    Server(boolean postgresql, Path work) throws IOException {
        this.postgresql = postgresql;
        this.app = Path.of("target/bench", postgresql ? "postgresql-app" : "quarkus-app", "quarkus-run.jar");
        this.work = work;
        try (ServerSocket socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
        this.base = "http://127.0.0.1:" + port;
    }

    /** The launcher the build writes beside the H2 app; BENCH_JAVA_OPTS, when set, bypasses it. */
    Path launcher() {
        Path launcher = Path.of("target/bench/roundtable");
        boolean usable = !postgresql && Files.isExecutable(launcher) && System.getenv("BENCH_JAVA_OPTS") == null;
        return usable ? launcher : null;
    }

    /**
     * The server's JVM options: those docs/deployment.md recommends for a small server, or
     * BENCH_JAVA_OPTS when set (empty for the JVM's own defaults).
     */
    static String javaOptions() {
        return System.getenv().getOrDefault("BENCH_JAVA_OPTS", SMALL_SERVER_JAVA_OPTS).trim();
    }

    /** How the server was started, for the report. */
    String commandLine() {
        if (launcher() != null) {
            return launcher().toString();
        }
        return "java " + (javaOptions().isEmpty() ? "" : javaOptions() + " ") + "-jar …";
    }

    /** Starts the server and answers the milliseconds from process start to its first page. */
    double start(int attempt, Map<String, String> extraEnv) throws Exception {
        Path data = work.resolve("data-" + attempt);
        Files.createDirectories(data);
        ProcessBuilder builder = new ProcessBuilder(command()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("server.log").toFile()));
        Map<String, String> env = builder.environment();
        env.put("ROUNDTABLE_DATA_DIR", "./" + data);
        env.put("ROUNDTABLE_SLOW_MODE", "0");
        env.put("ROUNDTABLE_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("ROUNDTABLE_DEMO_CLASS_CODE", JOIN_CODE);
        // Every live stream of the benchmark comes from one machine, a few sessions each.
        env.put("ROUNDTABLE_LIVE_STREAMS_PER_SESSION", "1000");
        env.put("ROUNDTABLE_LIVE_STREAMS_PER_ADDRESS", "1000");
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.putAll(extraEnv);
        if (postgresql) {
            String database = "bench" + attempt;
            postgres("drop database if exists " + database);
            postgres("create database " + database);
            env.put("QUARKUS_DATASOURCE_JDBC_URL", System.getenv("BENCH_PG_URL") + "/" + database);
            env.put("QUARKUS_DATASOURCE_USERNAME", System.getenv("BENCH_PG_USER"));
            env.put("QUARKUS_DATASOURCE_PASSWORD", System.getenv("BENCH_PG_PASSWORD"));
        }
        long started = System.nanoTime();
        process = builder.start();
        double ms = (waitForFirstPage(started) - started) / 1e6;
        java = javaOf(pid());
        return ms;
    }

    /** The Java the server runs on, for the report: its release file's version and vendor. */
    String java() {
        return java;
    }

    private static String javaOf(long pid) {
        try {
            Path home = Path.of("/proc/" + pid + "/exe").toRealPath().getParent().getParent();
            Map<String, String> release = new HashMap<>();
            for (String line : Files.readAllLines(home.resolve("release"))) {
                int equals = line.indexOf('=');
                if (equals > 0) {
                    release.put(line.substring(0, equals), line.substring(equals + 1).replace("\"", ""));
                }
            }
            return "Java " + release.getOrDefault("JAVA_RUNTIME_VERSION", release.get("JAVA_VERSION")) + " ("
                    + release.getOrDefault("IMPLEMENTOR", "unknown vendor") + ")";
        } catch (IOException | RuntimeException unknown) {
            return UNKNOWN_JAVA;
        }
    }

    private List<String> command() {
        if (launcher() != null) {
            return List.of(launcher().toString());
        }
        List<String> java = new ArrayList<>(List.of("java"));
        if (!javaOptions().isEmpty()) {
            java.addAll(List.of(javaOptions().split("\\s+")));
        }
        java.addAll(List.of("-jar", app.toString()));
        return java;
    }

    private long waitForFirstPage(long started) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long deadline = started + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            checkAlive();
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(base + "/"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return System.nanoTime();
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException("no page within 90 s; see " + work.resolve("server.log"));
    }

    void checkAlive() {
        if (process == null || !process.isAlive()) {
            throw new IllegalStateException("the server stopped; see " + work.resolve("server.log"));
        }
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** The JVM's id: the launcher's own when it execs java, else its child's. */
    long pid() {
        ProcessHandle handle = process.toHandle();
        return handle.descendants().filter(p -> p.info().command().map(c -> c.endsWith("java")).orElse(false))
                .findFirst().orElse(handle).pid();
    }

    /** Stops the server and waits until it has: a launcher's java child too, so the port is free again. */
    void stop() throws InterruptedException {
        if (process == null) {
            return;
        }
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        for (ProcessHandle handle : all) {
            while (handle.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            if (handle.isAlive()) {
                handle.destroyForcibly();
            }
        }
        process.waitFor(10, TimeUnit.SECONDS);
    }

    double rssMb() throws IOException {
        return Procs.rssMb(pid());
    }

    static void postgres(String sql) throws Exception {
        Process psql = new ProcessBuilder("psql", System.getenv("BENCH_PG_ADMIN_URL"), "-q", "-c", sql)
                .inheritIO().start();
        if (psql.waitFor() != 0) {
            throw new IllegalStateException("psql failed: " + sql);
        }
    }
}
