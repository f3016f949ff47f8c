package org.roundtable.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.support.Browser;
import org.roundtable.support.ClassWithStudents;
import org.roundtable.support.People;
import org.roundtable.support.People.Person;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class ModerationTest extends ClassWithStudents {

    ModerationTest() {
        super("mrokafor", "Moderated", "Ana", "Ben");
    }

    @BeforeEach
    void setUp() {
        postFirst(false);
    }

    /** Three more classmates: their flags are enough to hide a post. */
    List<Person> threeClassmates() {
        return List.of(People.student(fixtures, c.id(), "Cleo"), People.student(fixtures, c.id(), "Dev"),
                People.student(fixtures, c.id(), "Eve"));
    }

    void flagByEach(List<Person> flaggers, long postId, Map<String, String> fields) {
        for (Person flagger : flaggers) {
            String flag = q1 + "/posts/" + postId + "/flag";
            flagger.browser().submit(flag, flag, fields);
        }
    }

    @Test
    void preModeratedPostsWaitUntilTheTeacherApproves() {
        fixtures.configure(c.id(), k -> k.preModeration = true);
        long id = answer(ana, "Waiting answer");
        assertTrue(ben.browser().page(q1).select("#post-" + id).isEmpty(), "classmates do not see it");
        assertTrue(ana.browser().page(q1).select("#post-" + id + " .notice").text().contains("Waiting"));
        Document queue = teacher.browser().page(moderation + "?tab=waiting");
        assertEquals("Ana", queue.select("#item-" + id + " .author").text(), "the real author");
        assertEquals(303, act(id, "approve", Map.of()).statusCode());
        assertEquals("Waiting answer", ben.browser().page(q1).select("#post-" + id + " .post-body").text());
        assertEquals(1, fixtures.discussion(c.discussions().get(0)).answerCount);
    }

    @Test
    void hidingWithAReasonShowsTheAuthorWhyAndClassmatesNothing() {
        long id = answer(ana, "Something unkind");
        assertEquals(303, act(id, "hide", Map.of("reason", "Please keep it respectful")).statusCode());
        assertTrue(ben.browser().page(q1).select("#post-" + id).isEmpty());
        Element own = ana.browser().page(q1).selectFirst("#post-" + id);
        assertEquals("Hidden by your teacher: Please keep it respectful", own.select(".notice-warn").text());
        assertEquals(0, fixtures.discussion(c.discussions().get(0)).answerCount);

        assertEquals(303, act(id, "restore", Map.of()).statusCode());
        assertFalse(ben.browser().page(q1).select("#post-" + id).isEmpty());

        Document log = teacher.browser().page("/teach/classes/" + c.id() + "/audit");
        assertEquals("Restored a post", log.select("tbody tr").get(0).select("td").get(2).text());
        assertEquals("Hid a post", log.select("tbody tr").get(1).select("td").get(2).text());
        assertEquals("Please keep it respectful", log.select("tbody tr").get(1).select("td").get(4).text());
        assertEquals("Teacher mrokafor", log.select("tbody tr").get(1).select("td").get(1).text());
    }

    @Test
    void flaggedPostsShowTheirFlagsAndApprovalClearsThem() {
        List<Person> flaggers = threeClassmates();
        long id = answer(ana, "Contested");
        flagByEach(flaggers, id, Map.of("reason", "OFF_TOPIC", "note", "not about Istanbul"));
        assertTrue(ben.browser().page(q1).select("#post-" + id).isEmpty(), "hidden at three flags");
        Document queue = teacher.browser().page(moderation + "?tab=flagged");
        Element item = queue.selectFirst("#item-" + id);
        assertEquals(3, item.select(".flags li").size());
        assertTrue(item.select(".flags li").first().text().contains("Off-topic"));
        assertTrue(item.select(".flags li").first().text().contains("not about Istanbul"));
        act(id, "approve", Map.of());
        assertFalse(ben.browser().page(q1).select("#post-" + id).isEmpty(), "visible again after review");
        assertTrue(teacher.browser().page(moderation + "?tab=flagged").select("#item-" + id).isEmpty());
    }

    @Test
    void removedPostsLeaveAPlaceholderWhereRepliesHang() {
        long id = answer(ana, "To be removed");
        answer(ben, "Ben's answer");
        long reply = fixtures.post(c.discussions().get(0), ben.id(), id, "a reply");
        act(id, "remove", Map.of("reason", "spam"));
        Document page = ben.browser().page(q1);
        assertEquals("Removed by the teacher", page.select("#post-" + id).text());
        assertEquals("a reply", page.select("#post-" + reply + " .post-body").text());
    }

    @Test
    void endorsedPostsShowAsTeachersPickToEveryone() {
        long id = answer(ana, "Great evidence");
        act(id, "endorse", Map.of());
        assertEquals("Teacher's pick", ben.browser().page(q1).select("#post-" + id + " .badge-pick").text());
        act(id, "unendorse", Map.of());
        assertTrue(ben.browser().page(q1).select("#post-" + id + " .badge-pick").isEmpty());
    }

    @Test
    void aLockedDiscussionIsReadOnlyWithABanner() {
        String lock = "/teach/classes/" + c.id() + "/discussions/" + c.discussions().get(0) + "/lock";
        assertEquals(303, teacher.browser().submit(moderation, lock, Map.of()).statusCode());
        Document page = ana.browser().page(q1);
        assertNotNull(page.selectFirst(".banner-locked"));
        Response refused = ana.browser().submit(q1, q1 + "/posts",
                Map.of("body", "x", "key", UUID.randomUUID().toString()));
        assertEquals(400, refused.statusCode());
        teacher.browser().submit(moderation, lock.replace("/lock", "/unlock"), Map.of());
        assertTrue(ana.browser().page(q1).select(".banner-locked").isEmpty());
    }

    @Test
    void aMutedStudentReadsButCannotPostAndSeesUntilWhen() {
        String mute = "/teach/classes/" + c.id() + "/students/" + ana.id() + "/mute";
        assertEquals(303, teacher.browser().submit(moderation, mute, Map.of("minutes", "60")).statusCode());
        Document page = ana.browser().page(q1);
        assertTrue(page.select(".compose .banner").text().contains("paused your posting until"));
        Response refused = ana.browser().submit(q1, q1 + "/posts",
                Map.of("body", "x", "key", UUID.randomUUID().toString()));
        assertEquals("x", Browser.refused(refused).select("#answer-body").text(), "the refused text is kept");
        teacher.browser().submit(moderation, mute.replace("/mute", "/unmute"), Map.of());
        assertEquals(303, ana.browser().submit(q1, q1 + "/posts",
                Map.of("body", "back again", "key", UUID.randomUUID().toString())).statusCode());
    }

    @Test
    void theTeacherPostsMarkedTeacherAndSeesRealNamesInAnonymousClasses() {
        fixtures.configure(c.id(), k -> k.anonymous = true);
        long id = answer(ana, "Anonymous answer");
        Response teacherPost = teacher.browser().submit(q1, q1 + "/posts",
                Map.of("body", "Good start, everyone.", "key", UUID.randomUUID().toString()));
        assertEquals(303, teacherPost.statusCode());
        Document asBen = ben.browser().page(q1);
        assertFalse(asBen.select("#post-" + id + " .author").text().contains("Ana"), "classmates see a pseudonym");
        assertNotNull(asBen.selectFirst(".badge-teacher"));
        Document asTeacher = teacher.browser().page(q1);
        assertEquals("Ana", asTeacher.select("#post-" + id + " .author").text());
    }

    @Test
    void flagsFromStudentsWhoJoinedAfterThePostAreShownButDoNotHideIt() {
        Person cleo = People.student(fixtures, c.id(), "Cleo");
        long id = answer(ana, "Written before the newcomers");
        String flag = q1 + "/posts/" + id + "/flag";
        assertEquals(303, cleo.browser().submit(flag, flag, Map.of("reason", "UNKIND")).statusCode());
        for (String name : new String[] { "New1", "New2", "New3" }) {
            Person newcomer = People.student(fixtures, c.id(), name);
            assertEquals(303, newcomer.browser().submit(flag, flag, Map.of("reason", "UNKIND")).statusCode());
        }
        assertFalse(ben.browser().page(q1).select("#post-" + id).isEmpty(), "four flags, but one counts");
        Element item = teacher.browser().page(moderation + "?tab=flagged").selectFirst("#item-" + id);
        assertEquals(4, item.select(".flags li").size(), "every flag is shown to the teacher");
        assertEquals(3, item.select(".flags li:contains(not counted towards hiding)").size());
    }

    @Test
    void restoringAPostItsAuthorDeletedIsRefusedAndChangesNothing() {
        long id = answer(ana, "I take it back");
        String delete = q1 + "/posts/" + id + "/delete";
        assertEquals(303, ana.browser().submit(delete, delete, Map.of()).statusCode());
        String before = fixtures.fingerprint();
        Response refused = act(id, "restore", Map.of());
        assertEquals(409, refused.statusCode());
        assertTrue(
                Browser.html(refused).select(".error-summary").text().contains("Only a hidden post can be restored"));
        assertEquals(before, fixtures.fingerprint(), "nothing changed, nothing logged");
        assertTrue(ben.browser().page(q1).select("#post-" + id).isEmpty());
    }

    @Test
    void aRemovedPostOffersNoRestoreAndCannotBeRestored() {
        long id = answer(ana, "Removed for good");
        act(id, "remove", Map.of("reason", "spam"));
        Element item = teacher.browser().page(moderation + "?tab=hidden").selectFirst("#item-" + id);
        assertNotNull(item);
        assertTrue(item.select("form[action$=/restore]").isEmpty(), "no Restore button");
        assertEquals(409, act(id, "restore", Map.of()).statusCode());
        assertEquals("REMOVED", fixtures.find(id).status.name());
    }

    @Test
    void aPostHiddenByFlagsCanBeRestored() {
        List<Person> flaggers = threeClassmates();
        long id = answer(ana, "Flagged away");
        flagByEach(flaggers, id, Map.of("reason", "OTHER"));
        assertTrue(ben.browser().page(q1).select("#post-" + id).isEmpty());
        assertEquals(303, act(id, "restore", Map.of()).statusCode());
        assertFalse(ben.browser().page(q1).select("#post-" + id).isEmpty());
    }
}
