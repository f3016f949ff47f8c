package org.roundtable.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.roundtable.support.Browser;
import org.roundtable.support.Fixtures;
import org.roundtable.support.FreshData;
import org.roundtable.support.People;
import org.roundtable.support.People.Person;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.vertx.core.json.JsonObject;

/**
 * A measurement, not part of the suite: how long one post takes to reach many streams
 * open on one discussion. Run it with
 * {@code ./mvnw -q test -Dtest=LiveFanOutTimingTest -Droundtable.measure=true -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@QuarkusTest
@TestProfile(LiveFanOutTimingTest.ManyStreams.class)
@EnabledIfSystemProperty(named = "roundtable.measure", matches = "true")
class LiveFanOutTimingTest extends FreshData {

    static final int STUDENTS = 60;
    static final int STREAMS_EACH = 5;
    static final int POSTS = 15;

    /** One address opens every stream here, so the per-address cap is raised for the measurement. */
    public static class ManyStreams implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("roundtable.live.streams-per-address", "1000");
        }
    }

    @Test
    void onePostReachesThreeHundredStreams() throws Exception {
        Person teacher = People.teacher(fixtures, "timing");
        Fixtures.TestClass c = fixtures.createClass("Timing", 0, teacher.id());
        fixtures.configure(c.id(), k -> k.postFirst = false);
        String path = c.discussionPath(1);
        List<Person> students = new ArrayList<>();
        for (int i = 0; i < STUDENTS; i++) {
            students.add(People.student(fixtures, c.id(), "Student " + i));
        }
        CountDownLatch ready = new CountDownLatch(STUDENTS * STREAMS_EACH);
        List<Reader> readers = new ArrayList<>();
        for (Person student : students) {
            for (int s = 0; s < STREAMS_EACH; s++) {
                readers.add(new Reader(path + "/events", student.browser().cookie("rt_session"), ready));
            }
            // A few at a time: what is measured is delivery, not thirty students opening at once.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (ready.getCount() > STUDENTS * STREAMS_EACH - readers.size() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
        }
        try {
            assertEquals(true, ready.await(60, TimeUnit.SECONDS), "every stream opened");
            Person writer = students.get(0);
            String token = writer.browser().csrfToken(path);
            double[] last = new double[POSTS];
            double[] cpu = new double[POSTS];
            for (int p = 0; p < POSTS; p++) {
                long cpuBefore = liveWorkerCpuNanos();
                long sent = System.nanoTime();
                Response posted = writer.browser().post(path + "/posts", Map.of("body", "Timing post " + p,
                        "key", UUID.randomUUID().toString(), Browser.CSRF_FIELD, token));
                assertEquals(303, posted.statusCode());
                String location = posted.header("Location");
                String id = location.substring(location.indexOf("#post-") + 6);
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (System.nanoTime() < deadline && readers.stream().anyMatch(r -> !r.arrivals.containsKey(id))) {
                    Thread.sleep(2);
                }
                long latest = readers.stream().mapToLong(r -> r.arrivals.getOrDefault(id, Long.MAX_VALUE)).max()
                        .orElseThrow();
                assertEquals(true, latest != Long.MAX_VALUE, "post " + p + " reached every stream");
                last[p] = (latest - sent) / 1e6;
                Thread.sleep(500);
                cpu[p] = (liveWorkerCpuNanos() - cpuBefore) / 1e6;
            }
            System.out.printf("[timing] %d streams: post sent -> reached the last stream, ms: %s; median %.1f%n",
                    readers.size(), Arrays.toString(last), median(last));
            System.out.printf("[timing] CPU time of the live workers per post, ms: %s; median %.1f%n",
                    Arrays.toString(cpu), median(cpu));
        } finally {
            readers.forEach(Reader::close);
        }
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /**
     * CPU time spent so far by the threads that render and send live events (this JVM runs the
     * server). They are the application's worker threads, two at a time, so the request that
     * wrote the post is counted too.
     */
    static long liveWorkerCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long total = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().startsWith("executor-thread-")) {
                total += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        return total;
    }

    /** One stream on a plain socket and its own thread, noting when each post arrives. */
    static final class Reader {

        final Map<String, Long> arrivals = new ConcurrentHashMap<>();
        final Socket socket;

        Reader(String path, String session, CountDownLatch ready) throws IOException {
            socket = new Socket("localhost", RestAssured.port);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n"
                    + "Cookie: rt_session=" + session + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread thread = new Thread(() -> read(ready), "timing-reader");
            thread.setDaemon(true);
            thread.start();
        }

        private void read(CountDownLatch ready) {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                String event = "";
                while ((line = in.readLine()) != null) {
                    if (line.startsWith("event:")) {
                        event = line.substring(6).strip();
                        if (event.equals("ready")) {
                            ready.countDown();
                        }
                    } else if (line.startsWith("data:") && event.equals("post")) {
                        String id = String.valueOf(new JsonObject(line.substring(5).strip()).getLong("id"));
                        arrivals.putIfAbsent(id, System.nanoTime());
                    }
                }
            } catch (IOException e) {
                // closed
            }
        }

        void close() {
            try {
                socket.close();
            } catch (IOException e) {
                // already closed
            }
        }
    }
}
