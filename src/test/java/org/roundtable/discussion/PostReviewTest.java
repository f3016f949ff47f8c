package org.roundtable.discussion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.roundtable.support.ClassWithStudents;
import org.roundtable.support.People;
import org.roundtable.support.People.Person;
import org.roundtable.support.SseClient;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * What the teacher's review holds back: an edit after approval, a post never published (on the
 * page and on live streams), and post first, which only an answer classmates may see unlocks.
 */
@QuarkusTest
class PostReviewTest extends ClassWithStudents {

    static final Duration QUIET = Duration.ofMillis(1500);

    PostReviewTest() {
        super("review", "Reviewed", "Ana", "Ben");
    }

    Response edit(Person person, long postId, String body) {
        String edit = q1 + "/posts/" + postId + "/edit";
        return person.browser().submit(edit, edit, Map.of("body", body));
    }

    void preModerationWithoutPostFirst() {
        fixtures.configure(c.id(), k -> {
            k.preModeration = true;
            k.postFirst = false;
        });
    }

    SseClient open(Person person) throws Exception {
        return SseClient.opened(q1 + "/events", person.browser().cookie("rt_session"));
    }

    String bodyOf(Person reader, long postId) {
        return reader.browser().page(q1).select("#post-" + postId + " .post-body").text();
    }

    @Test
    void anEditOfAnApprovedPostWaitsWhileClassmatesKeepTheApprovedText() throws Exception {
        preModerationWithoutPostFirst();
        long id = answer(ana, "A careful answer");
        act(id, "approve");
        try (SseClient benStream = open(ben)) {
            assertEquals(303, edit(ana, id, "Something the teacher never saw").statusCode());
            List<SseClient.Event> toBen = benStream.collect(QUIET);
            assertTrue(toBen.stream().noneMatch(e -> e.data().contains("never saw")),
                    "nothing unapproved on the stream");
        }
        assertEquals("A careful answer", bodyOf(ben, id), "classmates keep the approved text");
        assertEquals("A careful answer",
                ben.browser().page(q1 + "/posts/" + id + "/flag").select(".post-preview").text(),
                "the flag page too");
        Element own = ana.browser().page(q1).selectFirst("#post-" + id);
        assertEquals("Something the teacher never saw", own.select(".post-body").text(), "the author sees her edit");
        assertTrue(own.select(".notice").text().contains("Your edit is waiting for your teacher's approval"));

        Element item = teacher.browser().page(moderation + "?tab=waiting").selectFirst("#item-" + id);
        assertNotNull(item, "the edit waits in the queue");
        assertEquals("Something the teacher never saw", item.select(".edit-review .post-body").get(0).text());
        assertEquals("A careful answer", item.select(".edit-review .post-body").get(1).text(),
                "beside the approved text");
        assertEquals("Edit waiting", item.select(".badge").first().text());

        assertEquals(303, act(id, "approve").statusCode());
        assertEquals("Something the teacher never saw", bodyOf(ben, id), "out once approved");
        assertTrue(teacher.browser().page(moderation + "?tab=waiting").select("#item-" + id).isEmpty());
    }

    @Test
    void withoutPreModerationAnEditGoesOutAtOnce() {
        fixtures.configure(c.id(), k -> k.postFirst = false);
        long id = answer(ana, "First words");
        edit(ana, id, "Better words");
        assertEquals("Better words", bodyOf(ben, id));
    }

    @Test
    void aPostNeverPublishedSendsClassmatesNothingWhenItIsDeletedOrHidden() throws Exception {
        preModerationWithoutPostFirst();
        long deleted = answer(ana, "Second thoughts");
        long hidden = answer(ben, "Not for the class");
        try (SseClient anaStream = open(ana); SseClient benStream = open(ben)) {
            String delete = q1 + "/posts/" + deleted + "/delete";
            assertEquals(303, ana.browser().submit(delete, delete, Map.of()).statusCode());
            act(hidden, "hide", Map.of("reason", "no"));
            assertTrue(benStream.collect(QUIET).stream().noneMatch(e -> e.data().contains("\"id\":" + deleted)),
                    "Ben never saw Ana's waiting post: he hears nothing of its deletion");
            assertTrue(anaStream.collect(QUIET).stream().noneMatch(e -> e.data().contains("\"id\":" + hidden)),
                    "Ana never saw Ben's waiting post: she hears nothing of its hiding");
        }
    }

    @Test
    void aReplyUnderAPostClassmatesNeverSawStaysWithIt() {
        preModerationWithoutPostFirst();
        long waiting = answer(ana, "Still waiting");
        long reply = fixtures.post(c.discussions().get(0), teacher.id(), waiting, "A word for Ana");
        Document asBen = ben.browser().page(q1);
        assertTrue(asBen.select("#post-" + waiting).isEmpty(), "no placeholder for a post never published");
        assertTrue(asBen.select("#post-" + reply).isEmpty());
        assertEquals("A word for Ana", bodyOf(ana, reply));
    }

    @Test
    void aWaitingAnswerDoesNotUnlockPostFirstInAPreModeratedClass() {
        fixtures.configure(c.id(), k -> k.preModeration = true);
        long bens = answer(ben, "Ben's answer");
        act(bens, "approve");
        long anas = answer(ana, "Ana's answer, waiting");
        Document waiting = ana.browser().page(q1);
        assertTrue(waiting.select("#post-" + bens).isEmpty(), "classmates stay hidden while her answer waits");
        assertTrue(waiting.select(".banner-info").text().contains("your teacher has approved it"));
        assertEquals("Answer waiting for your teacher's approval",
                ana.browser().page("/classes/" + c.id()).select(".status").first().text());

        act(anas, "approve");
        assertFalse(ana.browser().page(q1).select("#post-" + bens).isEmpty(), "approved: classmates appear");
        assertEquals("Answered", ana.browser().page("/classes/" + c.id()).select(".status").first().text());
    }

    @Test
    void anAnswerTheTeacherHidDoesNotUnlockPostFirst() {
        long bens = answer(ben, "Ben's answer");
        long anas = answer(ana, "Ana's answer");
        assertFalse(ana.browser().page(q1).select("#post-" + bens).isEmpty());
        act(anas, "hide", Map.of("reason", "Please answer the question"));
        assertTrue(ana.browser().page(q1).select("#post-" + bens).isEmpty(), "hidden: not an answer classmates see");
    }

    @Test
    void anAnswerWaitingFromBeforePreModerationWasTurnedOffUnlocksPostFirst() {
        fixtures.configure(c.id(), k -> k.preModeration = true);
        long bens = answer(ben, "Ben's answer");
        act(bens, "approve");
        answer(ana, "Ana's answer, waiting");
        fixtures.configure(c.id(), k -> k.preModeration = false);
        assertFalse(ana.browser().page(q1).select("#post-" + bens).isEmpty(),
                "without pre-moderation, an answer the teacher has not reviewed counts");
    }

    @Test
    void hiddenAfterFlagsShowsOneNotice() {
        fixtures.configure(c.id(), k -> k.postFirst = false);
        List<Person> flaggers = List.of(People.student(fixtures, c.id(), "Cleo"),
                People.student(fixtures, c.id(), "Dev"),
                People.student(fixtures, c.id(), "Eve"));
        long id = answer(ana, "Contested");
        for (Person flagger : flaggers) {
            String flag = q1 + "/posts/" + id + "/flag";
            flagger.browser().submit(flag, flag, Map.of("reason", "OFF_TOPIC"));
        }
        assertTrue(fixtures.find(id).flaggedHidden, "hidden by three flags");
        act(id, "hide", Map.of("reason", "Off topic"));
        Element own = ana.browser().page(q1).selectFirst("#post-" + id);
        assertEquals(List.of("Hidden by your teacher: Off topic"), own.select(".notice").eachText());
        Element seen = teacher.browser().page(q1).selectFirst("#post-" + id);
        assertEquals(List.of("Hidden from students: Off topic"), seen.select(".notice").eachText());
    }
}
