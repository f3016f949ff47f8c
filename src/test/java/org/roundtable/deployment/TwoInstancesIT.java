package org.roundtable.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.roundtable.deployment.PostgresInstances.answer;
import static org.roundtable.deployment.PostgresInstances.firstDiscussion;
import static org.roundtable.deployment.PostgresInstances.join;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.roundtable.support.Browser;
import org.roundtable.support.ServerProcess;
import org.roundtable.support.SseClient;

import io.restassured.response.Response;

/**
 * Two instances of the PostgreSQL build, started as real processes on one real
 * PostgreSQL, sharing nothing else: a session made on one works on the other, and a
 * post made through one reaches a live stream open on the other (LISTEN/NOTIFY), and a
 * session ended through one ends its streams on the other.
 */
class TwoInstancesIT {

    @RegisterExtension
    static final PostgresInstances instances = new PostgresInstances();

    static String a;
    static String b;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        // Both start at once, as they would behind a proxy: startup must cope with the race.
        int portA = ServerProcess.freePort();
        int portB = ServerProcess.freePort();
        instances.start(portA, "instance-a", Map.of());
        instances.start(portB, "instance-b", Map.of());
        a = "http://localhost:" + portA;
        b = "http://localhost:" + portB;
        awaitReady(a);
        awaitReady(b);
    }

    static void awaitReady(String base) throws Exception {
        String body = ServerProcess.awaitReady(base);
        assertTrue(body.contains("\"UP\""), body);
    }

    /**
     * The second instance waits for the first one's startup data instead of failing on the admin's unique
     * username, which the driver logs as a warning (an operator reading it would think something broke).
     */
    @Test
    void startingTogetherIsQuiet() throws Exception {
        for (String name : List.of("instance-a", "instance-b")) {
            String startup = startupOutput(instances.output(name));
            assertFalse(startup.toLowerCase().contains("duplicate key"), name + " printed:\n" + startup);
            assertFalse(startup.lines().anyMatch(line -> line.contains(" WARN ")), name + " printed:\n" + startup);
        }
    }

    /** The lines an instance printed up to the one saying it has started. */
    private static String startupOutput(String output) {
        int started = output.indexOf(" started in ");
        assertTrue(started >= 0, output);
        return output.substring(0, output.indexOf('\n', started) + 1);
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
