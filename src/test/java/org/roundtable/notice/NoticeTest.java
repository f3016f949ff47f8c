package org.roundtable.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Each student's notice and what it may show: a notice never tells a reader of a post, a name or a reason the
 * discussion page would not show them, and goes when its post does.
 */
@QuarkusTest
class NoticeTest extends NoticeScene {

    static final String ARTICLE = """
            # Phones Out of Class

            date: 2025-03-10

            ## What the school did

            Students put their phones in a locked pouch each morning.

            ## Thought Questions

            1. What would you miss most?
            """;

    @Test
    void aReplyToMyPostIsCountedInTheHeaderAndLinksToTheReply() {
        long answer = write(ana, null, "Talks need trust.");
        write(ben, null, "Talks need a mediator.");
        long reply = write(ben, answer, "Trust in whom?");

        assertEquals(1, headerCount(ana));
        Element notice = only(ana, "replied to your post");
        assertTrue(notice.text().startsWith("New"), notice.text());
        assertTrue(notice.text().contains("Ben Real replied to your post"));
        assertEquals(q1 + "#post-" + reply, notice.selectFirst("a").attr("href"));
        assertEquals(0, headerCount(ben), "nobody is told of their own post");
        assertTrue(notices(ben).isEmpty(), "a student sees only their own notices");
    }

    @Test
    void openingThePageMarksNothingReadAndMarkAllReadDoes() {
        long answer = write(ana, null, "Talks need trust.");
        write(ben, null, "Talks need a mediator.");
        write(ben, answer, "Trust in whom?");
        notices(ana);
        assertEquals(1, headerCount(ana), "reading the page changes nothing");

        assertEquals(303, ana.browser().submit(PAGE, PAGE + "/read", Map.of()).statusCode());
        assertEquals(0, headerCount(ana));
        Element notice = only(ana, "replied to your post");
        assertFalse(notice.hasClass("unread"), "still listed, as read");
    }

    @Test
    void aReplyIsNotToldToAReaderPostFirstStillKeepsFromIt() {
        postFirst(false);
        long benAnswer = write(ben, null, "Talks need a mediator.");
        long anaReply = write(ana, benAnswer, "Which mediator?"); // Ana has no answer of her own
        postFirst(true);
        write(ben, anaReply, "The one both sides trust.");

        assertEquals(0, headerCount(ana), "Ana cannot read Ben's reply before she answers");
        assertFalse(any(ana, "replied"));
        write(ana, null, "Talks need trust.");
        assertEquals(1, headerCount(ana));
        assertTrue(any(ana, "Ben Real replied to your post"));
    }

    @Test
    void aReplyWaitingForApprovalIsToldOnlyOnceApproved() {
        long answer = write(ana, null, "Talks need trust.");
        write(ben, null, "Talks need a mediator.");
        preModeration(true);
        long reply = write(ben, answer, "Trust in whom?");

        assertEquals(0, headerCount(ana), "a waiting post is hidden from classmates, so is its notice");
        assertTrue(notices(ana).isEmpty());
        assertEquals(303, act(reply, "approve").statusCode());
        assertTrue(any(ana, "Ben Real replied to your post"));
        assertTrue(any(ben, "Your teacher approved your post"), "the author hears of the approval");
    }

    @Test
    void aHiddenReplyTakesItsNoticeAwayAndItsAuthorIsToldWhy() {
        long answer = write(ana, null, "Talks need trust.");
        write(ben, null, "Talks need a mediator.");
        long reply = write(ben, answer, "Trust in whom?");
        assertEquals(303, act(reply, "hide", Map.of("reason", "Off topic")).statusCode());

        assertEquals(0, headerCount(ana));
        assertFalse(any(ana, "replied"));
        Element hidden = only(ben, "Your teacher hid your post");
        assertTrue(hidden.text().contains("Reason: Off topic"));
    }

    @Test
    void aRemovedOrDeletedPostTakesItsNoticeAwayButItsAuthorIsToldOfTheRemoval() {
        long answer = write(ana, null, "Talks need trust.");
        long benAnswer = write(ben, null, "Talks need a mediator.");
        long reply = write(ben, answer, "Trust in whom?");
        long anaReply = write(ana, benAnswer, "Which mediator?");
        assertTrue(any(ben, "Ana Real replied to your post"));
        assertEquals(303, act(reply, "remove", Map.of("reason", "Unkind")).statusCode());
        String delete = q1 + "/posts/" + anaReply + "/delete";
        assertEquals(303, ana.browser().submit(delete, delete, Map.of()).statusCode());

        assertFalse(any(ana, "replied"), "the removed reply is gone for Ana");
        assertTrue(only(ben, "Your teacher removed your post").text().contains("Reason: Unkind"));
        assertFalse(any(ben, "replied"), "Ana deleted her reply: its notice goes with it");
    }

    @Test
    void anAnonymousClassNeverShowsTheRealNameOfAReplier() {
        anonymous(true);
        String benPseudonym = fixtures.enrollment(c.id(), ben.id()).pseudonym;
        long answer = write(ana, null, "Talks need trust.");
        write(ben, null, "Talks need a mediator.");
        write(ben, answer, "Trust in whom?");

        String page = ana.browser().page(PAGE).text();
        assertTrue(page.contains(benPseudonym + " replied to your post"), page);
        assertFalse(page.contains("Ben Real"), "the real name never shows");
        write(teacher, answer, "Good question, Ben.");
        assertTrue(any(ana, "Teacher notices replied to your post"), "the teacher is never behind a pseudonym");
    }

    @Test
    void aTeachersPickFeedbackAndANewAssignmentAreTold() {
        long answer = write(ana, null, "Talks need trust.");
        assertEquals(303, act(answer, "endorse").statusCode());
        String feedback = "/teach/classes/" + c.id() + "/students/" + ana.id() + "/feedback";
        assertEquals(303, teacher.browser().submit(feedback, feedback + "/" + c.assignmentId(),
                Map.of("comment", "Good use of the text.", "score", "")).statusCode());

        assertTrue(any(ana, "Your teacher made your post a teacher's pick"));
        Element given = only(ana, "Your teacher left you feedback");
        assertEquals("/classes/" + c.id() + "#feedback-" + c.assignmentId(), given.selectFirst("a").attr("href"));
        assertFalse(any(ben, "feedback"), "feedback is private");

        long article = fixtures.importedArticle(teacher.id(), ARTICLE);
        String assign = "/teach/classes/" + c.id() + "/assign";
        assertEquals(303, teacher.browser().submit(assign + "?article=" + article, assign, Map.of("articleId",
                String.valueOf(article), "question", String.valueOf(fixtures.questionIds(article).get(0))))
                .statusCode());
        assertTrue(any(ana, "New assignment"));
        assertTrue(any(ben, "New assignment"));
        assertEquals(3, headerCount(ana), "a pick, feedback and the assignment");
    }
}
