package org.roundtable.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.roundtable.support.SseClient.WAIT;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.roundtable.support.SseClient;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;

/**
 * A reader with more unread notices than the header says (a popular post, a teacher back from a week away, a
 * classmate replying to every post): the header counts to 99 and then says "99+", so every page reads at most a
 * hundred of them, however many pile up; the list and "mark all read" still take all of them.
 */
@QuarkusTest
class ManyNoticesTest extends NoticeScene {

    @Test
    void pastNinetyNineTheHeaderSaysNinetyNinePlusOnEveryPageAndOnTheLiveCount() throws Exception {
        postFirst(false);
        long reply = write(ben, write(ana, null, "Talks need trust."), "Trust in whom?");
        assertEquals("1", headerText(ana));
        NoticePile.ofReplies(ana.id(), reply, 98);
        assertEquals("99", headerText(ana), "99 is still told as it is");
        NoticePile.ofReplies(ana.id(), reply, 51);
        assertEquals("99+", headerText(ana));

        try (SseClient stream = SseClient.toApp(NoticePaths.EVENTS, ana.browser().cookie("rt_session"))) {
            JsonObject ready = stream.next("ready", WAIT).json();
            assertEquals("99+", ready.getString("label"));
            assertEquals(100, ready.getInteger("count"), "counted one past what is shown, no further");
        }
        assertEquals(303, ana.browser().submit(PAGE, PAGE + "/read", Map.of()).statusCode());
        assertEquals("0", headerText(ana), "marking all read takes every one of the 150");
    }
}
