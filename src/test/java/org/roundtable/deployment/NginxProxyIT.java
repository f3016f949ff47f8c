package org.roundtable.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.roundtable.deployment.PostgresInstances.answer;
import static org.roundtable.deployment.PostgresInstances.firstDiscussion;
import static org.roundtable.deployment.PostgresInstances.join;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.roundtable.support.Browser;
import org.roundtable.support.ServerProcess;
import org.roundtable.support.SseClient;

import io.restassured.response.Response;

/**
 * The shipped proxy configuration, run for real: Debian's nginx started from
 * {@code docker/nginx.conf} in front of two instances of the PostgreSQL build on one
 * PostgreSQL. The instances trust forwarding headers from nginx's address only, as in
 * {@code docker/compose.yaml}; what address they saw is read from their access logs.
 */
@ExtendWith(Nginx.class)
class NginxProxyIT {

    static final String FORGED = "203.0.113.77";

    @RegisterExtension
    static final PostgresInstances instances = new PostgresInstances();

    static Path dir;
    static String proxy;
    static String a;

    @BeforeAll
    static void startTwoInstancesBehindNginx() throws Exception {
        dir = Files.createTempDirectory("roundtable-nginx");
        int portA = ServerProcess.freePort();
        int portB = ServerProcess.freePort();
        int listen = ServerProcess.freePort();
        instances.start(portA, "proxied-a", behindTheProxy("a"));
        instances.start(portB, "proxied-b", behindTheProxy("b"));
        instances.add(Nginx.start(Files.readString(Path.of("docker", "nginx.conf")), dir, listen, portA, portB));
        a = "http://localhost:" + portA;
        proxy = "http://127.0.0.1:" + listen;
        // Two instances and nginx start at once: give a busy build machine time.
        ServerProcess.awaitReady(a, Duration.ofMinutes(5));
        ServerProcess.awaitReady("http://localhost:" + portB, Duration.ofMinutes(5));
    }

    /** As docker/compose.yaml sets them, with nginx's address here, and an access log to read. */
    static Map<String, String> behindTheProxy(String name) {
        return Map.of(
                "QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING", "true",
                "QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED", "true",
                "QUARKUS_HTTP_PROXY_TRUSTED_PROXIES", Nginx.PROXY_ADDRESS,
                "QUARKUS_HTTP_ACCESS_LOG_ENABLED", "true",
                "QUARKUS_HTTP_ACCESS_LOG_PATTERN", "%h %r",
                "QUARKUS_HTTP_ACCESS_LOG_LOG_TO_FILE", "true",
                "QUARKUS_HTTP_ACCESS_LOG_LOG_DIRECTORY", dir.toString(),
                "QUARKUS_HTTP_ACCESS_LOG_BASE_FILE_NAME", "access-" + name);
    }

    static HttpResponse<String> get(String url, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20));
        headers.forEach(request::header);
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The access-log line an instance wrote for the request carrying this marker, within a few seconds. */
    static String accessLogLine(String marker) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            try (var files = Files.list(dir)) {
                for (Path file : files.filter(f -> f.getFileName().toString().startsWith("access-")).toList()) {
                    for (String line : Files.readAllLines(file)) {
                        if (line.contains(marker)) {
                            return line;
                        }
                    }
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no instance logged the request " + marker);
    }

    @Test
    void aForgedForwardedForIsReplacedByTheAddressNginxSaw() throws Exception {
        String marker = UUID.randomUUID().toString();
        HttpResponse<String> response = get(proxy + "/?probe=" + marker, Map.of("X-Forwarded-For", FORGED,
                "X-Real-IP", FORGED, "Forwarded", "for=" + FORGED));
        assertEquals(200, response.statusCode());
        String line = accessLogLine(marker);
        assertTrue(line.startsWith("127.0.0.1 "), "the instance saw the client's real address: " + line);

        String direct = UUID.randomUUID().toString();
        get(a + "/?probe=" + direct, Map.of("X-Forwarded-For", FORGED));
        String directLine = accessLogLine(direct);
        assertTrue(directLine.startsWith("127.0.0.1 "),
                "not from the proxy, the header counts for nothing: " + directLine);
    }

    @Test
    void aLiveStreamPassesThroughUnbuffered() throws Exception {
        Browser student = join(proxy, "Through Nginx");
        String discussion = firstDiscussion(student, proxy);

        try (SseClient stream = new SseClient(proxy, discussion + "/events", student.cookie("rt_session"))) {
            assertEquals(200, stream.status(), "the stream opens through nginx");
            stream.awaitReady();
            Response posted = answer(student, proxy, discussion, "Sent through nginx, seen at once");
            assertEquals(303, posted.statusCode());
            SseClient.Event event = stream.next("post", Duration.ofSeconds(5));
            assertNotNull(event, "the post reached the stream through nginx within five seconds");
            assertTrue(event.data().contains("Sent through nginx, seen at once"));
        }
    }

    @Test
    void operationsPathsAreClosedAtTheProxy() throws Exception {
        for (String path : List.of("/q/health/ready", "/q/metrics", "/q/")) {
            assertEquals(404, get(proxy + path, Map.of()).statusCode(), path);
        }
        assertEquals(404, get(a + "/q/health/ready", Map.of()).statusCode(),
                "not on the instance's public port either");
        assertEquals(200, get(ServerProcess.management(a) + "/q/health/ready", Map.of()).statusCode(),
                "open on the instance's management port");
        assertEquals(200, get(proxy + "/healthz", Map.of()).statusCode());
    }
}
