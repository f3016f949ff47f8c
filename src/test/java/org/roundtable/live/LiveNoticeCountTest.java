package org.roundtable.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.roundtable.support.SseClient.WAIT;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.roundtable.notice.NoticePaths;
import org.roundtable.support.ClassWithStudents;
import org.roundtable.support.People.Person;
import org.roundtable.support.SseClient;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The header's unread count, live: a reader's notice stream opens with their count and hears each new one once the
 * change is committed — counted by the header's own rule, for that reader only — and it needs a session.
 */
@QuarkusTest
class LiveNoticeCountTest extends ClassWithStudents {

    LiveNoticeCountTest() {
        super("count", "Count", "Ada Count", "Ben Count");
        everyoneSeesEveryPost();
    }

    SseClient noticesOf(Person person) throws Exception {
        return SseClient.opened(NoticePaths.EVENTS, person.browser().cookie("rt_session"));
    }

    @Test
    void aReplyTellsTheAuthorsStreamsTheirNewCountAndNobodyElses() throws Exception {
        long adas = answer(ana, "Ada's answer");
        try (SseClient adaHere = noticesOf(ana); SseClient adaThere = noticesOf(ana); SseClient bens = noticesOf(ben)) {
            write(ben, adas, "Ben's reply to Ada");

            for (SseClient tab : new SseClient[] { adaHere, adaThere }) {
                SseClient.Event event = tab.next("notices", WAIT);
                assertNotNull(event, "each of Ada's pages hears of the reply");
                assertEquals(1, event.json().getInteger("count"));
            }
            assertTrue(bens.collect(Duration.ofMillis(500)).stream().noneMatch(e -> e.name().equals("notices")),
                    "Ben's own reply tells Ben nothing");
        }
    }

    @Test
    void theStreamOpensWithTheCountAsItIsNow() throws Exception {
        write(ben, answer(ana, "Ada's answer"), "Ben's reply to Ada");
        try (SseClient stream = SseClient.toApp(NoticePaths.EVENTS, ana.browser().cookie("rt_session"))) {
            assertEquals(200, stream.status());
            SseClient.Event ready = stream.next("ready", WAIT);
            assertNotNull(ready);
            assertEquals(1, ready.json().getInteger("count"), "a page restored from history is put right");
        }
    }

    @Test
    void markingAllReadSetsTheReadersOtherPagesToZero() throws Exception {
        write(ben, answer(ana, "Ada's answer"), "Ben's reply to Ada");
        try (SseClient otherTab = noticesOf(ana)) {
            assertEquals(303, ana.browser().submit(NoticePaths.PAGE, NoticePaths.PAGE + "/read", Map.of())
                    .statusCode());
            SseClient.Event event = otherTab.next("notices", WAIT);
            assertNotNull(event);
            assertEquals(0, event.json().getInteger("count"));
        }
    }

    @Test
    void aReplyWaitingForApprovalCountsOnlyOnceApproved() throws Exception {
        long adas = answer(ana, "Ada's answer");
        fixtures.configure(c.id(), k -> k.preModeration = true);
        try (SseClient stream = noticesOf(ana)) {
            long bens = write(ben, adas, "Ben's reply, waiting");
            SseClient.Event waiting = stream.next("notices", WAIT);
            assertNotNull(waiting);
            assertEquals(0, waiting.json().getInteger("count"), "a reply Ada cannot see yet is not counted");
            assertEquals(303, act(bens, "approve").statusCode());
            SseClient.Event approved = stream.next("notices", WAIT);
            assertNotNull(approved, "the approval is heard");
            assertEquals(1, approved.json().getInteger("count"));
        }
    }

    @Test
    void signingOutEndsTheStreamAndAStreamWithoutASessionIsRefusedPlainly() throws Exception {
        String session = ana.browser().cookie("rt_session");
        try (SseClient stream = noticesOf(ana)) {
            assertEquals(303, ana.browser().submit(q1, "/signout", Map.of()).statusCode());
            assertTrue(stream.endsWithin(LiveStreamEndsTest.AT_ONCE), "the stream ends with the session");
        }
        try (SseClient stream = SseClient.toApp(NoticePaths.EVENTS, session)) {
            assertEquals(401, stream.status());
            assertNull(stream.header("Location"), "not sent to a sign-in page it cannot show");
        }
    }
}
