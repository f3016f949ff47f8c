package org.roundtable.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import io.restassured.RestAssured;
import io.vertx.core.json.JsonObject;

/** Reads a Server-Sent Events stream the way a browser's EventSource does, for tests. */
public class SseClient implements AutoCloseable {

    /** How long a test waits for a live event before it says the event never came. */
    public static final Duration WAIT = Duration.ofSeconds(5);

    public record Event(String name, String data) {

        /** The data as the page's script reads it (JSON.parse). */
        public JsonObject json() {
            return new JsonObject(data);
        }
    }

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> status = new CompletableFuture<>();
    private final CompletableFuture<Void> ended = new CompletableFuture<>();
    private final Thread reader;
    private volatile InputStream body;
    private volatile HttpHeaders headers;

    public SseClient(String baseUrl, String path, String sessionCookie) {
        this(baseUrl, path, Map.of("rt_session", sessionCookie));
    }

    /** A stream opened with these cookies, as a browser that holds them would. */
    public SseClient(String baseUrl, String path, Map<String, String> cookies) {
        this(baseUrl, path, cookies, Map.of());
    }

    /** The same, with more request headers (what a browser also sends, e.g. Accept-Encoding). */
    public SseClient(String baseUrl, String path, Map<String, String> cookies, Map<String, String> headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .version(HttpClient.Version.HTTP_1_1)
                .header("Accept", "text/event-stream")
                .header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                        .collect(Collectors.joining("; ")));
        headers.forEach(builder::header);
        HttpRequest request = builder.GET().build();
        reader = new Thread(() -> read(request), "test-sse-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** A stream of the application under test, as the browser holding this session opens it. */
    public static SseClient toApp(String path, String sessionCookie) {
        return new SseClient("http://localhost:" + RestAssured.port, path, sessionCookie);
    }

    /** The same, checked open (200) and greeted, so no event published afterwards is missed. */
    public static SseClient opened(String path, String sessionCookie) throws Exception {
        SseClient client = toApp(path, sessionCookie);
        assertEquals(200, client.status(), path);
        client.awaitReady();
        return client;
    }

    private void read(HttpRequest request) {
        try {
            HttpResponse<InputStream> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                    .send(request, HttpResponse.BodyHandlers.ofInputStream());
            body = response.body();
            headers = response.headers();
            status.complete(response.statusCode());
            BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
            String name = "message";
            StringBuilder data = new StringBuilder();
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isEmpty()) {
                    if (data.length() > 0) {
                        events.add(new Event(name, data.toString()));
                    }
                    name = "message";
                    data.setLength(0);
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    if (data.length() > 0) {
                        data.append('\n');
                    }
                    data.append(line.substring(5).strip());
                }
            }
        } catch (Exception e) {
            status.complete(-1);
        } finally {
            ended.complete(null);
        }
    }

    public int status() throws Exception {
        return status.get(10, TimeUnit.SECONDS);
    }

    /** A header of the answer, or null. */
    public String header(String name) throws Exception {
        status();
        return headers == null ? null : headers.firstValue(name).orElse(null);
    }

    /** Whether the server ended the stream within the time. */
    public boolean endsWithin(Duration within) throws InterruptedException {
        try {
            ended.get(within.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return true;
        }
    }

    /** Waits for the stream's greeting, so nothing published afterwards can be missed. */
    public void awaitReady() throws InterruptedException {
        Event first = next("ready", Duration.ofSeconds(10));
        if (first == null) {
            throw new AssertionError("the stream never opened");
        }
    }

    /** The next event with this name within the time, or null. */
    public Event next(String name, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            Event event = events.poll(Math.max(1, (deadline - System.nanoTime()) / 1_000_000), TimeUnit.MILLISECONDS);
            if (event != null && event.name().equals(name)) {
                return event;
            }
        }
        return null;
    }

    /** Everything received for this long. */
    public List<Event> collect(Duration during) throws InterruptedException {
        List<Event> all = new ArrayList<>();
        long deadline = System.nanoTime() + during.toNanos();
        while (System.nanoTime() < deadline) {
            Event event = events.poll(Math.max(1, (deadline - System.nanoTime()) / 1_000_000), TimeUnit.MILLISECONDS);
            if (event != null) {
                all.add(event);
            }
        }
        return all;
    }

    @Override
    public void close() {
        try {
            if (body != null) {
                body.close();
            }
        } catch (IOException e) {
            // already gone
        }
        reader.interrupt();
    }
}
