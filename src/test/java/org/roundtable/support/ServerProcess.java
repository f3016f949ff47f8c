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
import java.util.Map;

/** The built application started as a real process, for tests of several instances and crashes. */
public final class ServerProcess {

    private ServerProcess() {
    }

    /** Starts {@code java -jar jar} with the environment, logging to a temporary file. */
    public static Process start(String jar, Map<String, String> env, String name) throws IOException {
        return start(jar, env, name, Files.createTempFile("roundtable-" + name, ".log"));
    }

    /** The same, logging to the given file, for a test that reads what the instance printed. */
    public static Process start(String jar, Map<String, String> env, String name, Path log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        System.out.println("Instance " + name + " on port " + env.get("QUARKUS_HTTP_PORT") + ", log in " + log);
        return builder.start();
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Waits until /q/health/ready answers 200 (the database included), for up to 90 s; returns the body. */
    public static String awaitReady(String base) throws Exception {
        return awaitReady(base, Duration.ofSeconds(90));
    }

    /** The same, for as long as given (several instances starting at once on a busy machine take longer). */
    public static String awaitReady(String base, Duration within) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = client.send(
                        HttpRequest.newBuilder(URI.create(base + "/q/health/ready")).build(),
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
