package org.roundtable.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Level;

import org.junit.jupiter.api.Test;
import org.roundtable.support.Browser;
import org.roundtable.support.ClassWithStudents;
import org.roundtable.support.LogRecords;
import org.roundtable.support.People;
import org.roundtable.support.SseClient;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

/**
 * A live stream lives no longer than the session that opened it: whatever ends the
 * session — signing out, removal from the class, a new return code, a disabled teacher,
 * a password changed or reset — ends its streams at once, and a stream asked for
 * without a session is refused plainly (401), not sent to the sign-in page.
 */
@QuarkusTest
class LiveStreamEndsTest extends ClassWithStudents {

    static final Duration AT_ONCE = Duration.ofSeconds(3);
    static final String ADMIN_PASSWORD = "admin password, long";
    static final String PASSWORD_PAGE = "/account/password";

    LiveStreamEndsTest() {
        super("ends", "Ends", "Ana Ends", "Ben Ends");
        everyoneSeesEveryPost();
    }

    SseClient open(String session) throws Exception {
        return SseClient.opened(q1 + "/events", session);
    }

    /** The stream ended, and what was posted afterwards never reached it. */
    void assertEndedAndSilent(SseClient stream) throws Exception {
        assertTrue(stream.endsWithin(AT_ONCE), "the stream ended at once");
        answer(ben, "Posted after the session ended");
        assertTrue(stream.collect(Duration.ofMillis(300)).stream().noneMatch(e -> e.name().equals("post")));
    }

    @Test
    void signingOutEndsThatBrowsersStreamsAndNoOtherSessions() throws Exception {
        String otherDevice = fixtures.signIn(ana.id());
        try (SseClient here = live(ana); SseClient there = open(otherDevice)) {
            assertEquals(303, ana.browser().submit(q1, "/signout", Map.of()).statusCode());
            assertEndedAndSilent(here);
            assertFalse(there.endsWithin(Duration.ofMillis(500)), "the session on another device goes on");
            assertTrue(there.next("post", AT_ONCE) != null, "and still hears of new posts");
        }
    }

    @Test
    void removalFromTheClassEndsTheStudentsStreams() throws Exception {
        try (SseClient stream = live(ana)) {
            String remove = "/teach/classes/" + c.id() + "/students/" + ana.id() + "/remove";
            assertEquals(303, teacher.browser().submit(remove, remove, Map.of()).statusCode());
            assertEndedAndSilent(stream);
        }
    }

    @Test
    void aNewReturnCodeSignsTheStudentOutAndEndsTheirStreams() throws Exception {
        try (SseClient stream = live(ana)) {
            String roster = "/teach/classes/" + c.id() + "/roster";
            assertEquals(303, teacher.browser().submit(roster,
                    "/teach/classes/" + c.id() + "/students/" + ana.id() + "/return-code", Map.of()).statusCode());
            assertEndedAndSilent(stream);
            assertEquals(303, ana.browser().get(q1).statusCode(), "whoever held the old code is signed out");
        }
    }

    @Test
    void changingThePasswordEndsTheStreamsOfEveryOldSession() throws Exception {
        String laptop = fixtures.signIn(teacher.id());
        try (SseClient stream = open(laptop)) {
            assertEquals(303, teacher.browser().submit(PASSWORD_PAGE, PASSWORD_PAGE,
                    Map.of("current", "correct horse battery", "password", "a brand new passphrase",
                            "repeat", "a brand new passphrase"))
                    .statusCode());
            assertEndedAndSilent(stream);
        }
    }

    @Test
    void disablingOrResettingATeacherEndsTheirStreams() throws Exception {
        Browser admin = People.signedIn(fixtures, fixtures.teacher("boss", ADMIN_PASSWORD, true)).browser();
        String page = "/admin/teachers";
        try (SseClient stream = live(teacher)) {
            assertEquals(303, admin.submit(page, page + "/" + teacher.id() + "/disable", Map.of()).statusCode());
            assertEndedAndSilent(stream);
        }
        assertEquals(303, admin.submit(page, page + "/" + teacher.id() + "/enable", Map.of()).statusCode());
        try (SseClient stream = open(fixtures.signIn(teacher.id()))) {
            assertEquals(303, admin.submit(page, page + "/" + teacher.id() + "/reset-password", Map.of())
                    .statusCode());
            assertEndedAndSilent(stream);
        }
    }

    @Test
    void aStreamWithoutASessionIsRefusedPlainlyNotRedirected() throws Exception {
        String ended = ana.browser().cookie("rt_session");
        assertEquals(303, ana.browser().submit(q1, "/signout", Map.of()).statusCode());
        for (String path : new String[] { q1 + "/events", moderation + "/events" }) {
            try (SseClient stream = SseClient.toApp(path, ended)) {
                assertEquals(401, stream.status(), path);
                assertNull(stream.header("Location"), "not sent to a sign-in page it cannot show: " + path);
            }
        }
        assertEquals(303, ana.browser().get(q1).statusCode(), "a page still sends the browser to sign in");
    }

    @Test
    void readerLeavingAtOnceLogsNothing() {
        try (LogRecords log = LogRecords.capture()) {
            LiveStreams.opened(true, new StreamRequest(closingSink(), fakeSse(), null), () -> "{}");
            assertTrue(log.atLeast(Level.WARNING).isEmpty(), "nothing above DEBUG: " + log.atLeast(Level.WARNING));
            assertEquals(0, log.withStackTrace());
        }
    }

    /** A sink whose reader left between the check and the send: it says open, then refuses to send. */
    static SseEventSink closingSink() {
        return fake(SseEventSink.class, (method, args) -> switch (method) {
            case "isClosed" -> false;
            case "send" -> throw new IllegalStateException("Already closed");
            default -> null;
        });
    }

    static Sse fakeSse() {
        OutboundSseEvent event = fake(OutboundSseEvent.class,
                (method, args) -> method.equals("getName") ? "ready" : null);
        Object[] builder = new Object[1];
        builder[0] = fake(OutboundSseEvent.Builder.class,
                (method, args) -> method.equals("build") ? event : builder[0]);
        return fake(Sse.class, (method, args) -> builder[0]);
    }

    interface Answer {

        Object call(String method, Object[] args);
    }

    static <T> T fake(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type },
                (proxy, method, args) -> answer.call(method.getName(), args)));
    }
}
