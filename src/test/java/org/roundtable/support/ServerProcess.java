package org.roundtable.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The built application started as a real process, for tests of several instances and crashes. */
public final class ServerProcess {

    /** Each started instance's management port (health, metrics), by its public port. */
    private static final Map<String, String> MANAGEMENT_PORTS = new ConcurrentHashMap<>();

    private ServerProcess() {
    }

    /** Starts {@code java -jar jar} with the environment, logging to a temporary file. */
    public static Process start(String jar, Map<String, String> env, String name) throws IOException {
        return start(jar, env, name, Files.createTempFile("roundtable-" + name, ".log"));
    }

    /**
     * The same, logging to the given file, for a test that reads what the instance printed. The instance's
     * management port is a free one unless the environment sets it: see {@link #management(String)}.
     */
    public static Process start(String jar, Map<String, String> env, String name, Path log) throws IOException {
        Map<String, String> all = new HashMap<>(env);
        all.computeIfAbsent("QUARKUS_MANAGEMENT_PORT", key -> String.valueOf(uncheckedFreePort()));
        MANAGEMENT_PORTS.put(all.get("QUARKUS_HTTP_PORT"), all.get("QUARKUS_MANAGEMENT_PORT"));
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(all);
        System.out.println("Instance " + name + " on port " + all.get("QUARKUS_HTTP_PORT") + " (management "
                + all.get("QUARKUS_MANAGEMENT_PORT") + "), log in " + log);
        return builder.start();
    }

    /** The management interface (/q/health, /q/metrics) of the instance started on {@code base}'s port. */
    public static String management(String base) {
        String port = MANAGEMENT_PORTS.get(base.substring(base.lastIndexOf(':') + 1));
        if (port == null) {
            throw new IllegalStateException("no instance started on " + base);
        }
        return "http://localhost:" + port;
    }

    private static int uncheckedFreePort() {
        try {
            return freePort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * Waits until /q/health/ready on the management port of the instance at {@code base} answers 200 (the
     * database included), for up to 90 s; returns the body.
     */
    public static String awaitReady(String base) throws Exception {
        return awaitReady(base, Duration.ofSeconds(90));
    }

    /** The same, for as long as given (several instances starting at once on a busy machine take longer). */
    public static String awaitReady(String base, Duration within) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        String health = management(base) + "/q/health/ready";
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = client.send(
                        HttpRequest.newBuilder(URI.create(health)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return response.body();
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        throw new AssertionError(base + " did not become ready");
    }
}
