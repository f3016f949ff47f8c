package org.roundtable.discussion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.support.ClassWithStudents;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A post the teacher removed leaves its author a notice of what happened and why, and does not
 * shut them out of a post-first discussion they had opened by answering.
 */
@QuarkusTest
class RemovedPostNoticeTest extends ClassWithStudents {

    RemovedPostNoticeTest() {
        super("mrremove", "Removals", "Ana", "Ben");
    }

    @BeforeEach
    void postFirstOn() {
        postFirst(true);
    }

    @Test
    void authorSeesWhyTheirPostWasRemoved() {
        long id = answer(ana, "Off-topic answer");
        act(id, "remove", Map.of("reason", "Off topic"));
        Document discussion = ana.browser().page(q1);
        assertEquals("Your teacher removed this post: Off topic", discussion.select("#post-" + id).text());
        Document home = ana.browser().page("/classes/" + c.id());
        assertEquals("Your teacher removed your post on Question 1: Off topic",
                home.select(".removed-notices[role=status] .notice").text());
        assertEquals(q1, home.select(".removed-notices a").attr("href"));
    }

    @Test
    void aRemovalWithoutAReasonSaysSo() {
        long id = answer(ana, "Another answer");
        act(id, "remove", Map.of("reason", ""));
        assertEquals("Your teacher removed this post.", ana.browser().page(q1).select("#post-" + id).text());
        assertEquals("Your teacher removed your post on Question 1.",
                ana.browser().page("/classes/" + c.id()).select(".removed-notices .notice").text());
    }

    @Test
    void removedAnswerKeepsThreadUnlocked() {
        long bens = answer(ben, "Ben's answer");
        long anas = answer(ana, "Ana's answer");
        long reply = fixtures.post(c.discussions().get(0), ana.id(), bens, "Ana replies to Ben");
        act(anas, "remove", Map.of("reason", "Copied"));
        Document page = ana.browser().page(q1);
        assertEquals("Ben's answer", page.select("#post-" + bens + " .post-body").first().text());
        assertEquals("Ana replies to Ben", page.select("#post-" + reply + " .post-body").text());
        assertFalse(page.text().contains("Post your own answer first"), "no post-first banner");
    }

    @Test
    void classmatesStillSeeNothing() {
        answer(ben, "Ben's answer");
        long anas = answer(ana, "Ana's answer");
        act(anas, "remove", Map.of("reason", "Copied"));
        Document page = ben.browser().page(q1);
        assertTrue(page.select("#post-" + anas).isEmpty(), "no placeholder for classmates when nothing hangs from it");
        assertFalse(page.text().contains("Copied"));
        assertTrue(ben.browser().page("/classes/" + c.id()).select(".removed-notices").isEmpty());
        Document teacherPage = teacher.browser().page("/teach/classes/" + c.id() + "/moderation?tab=hidden");
        assertFalse(teacherPage.text().contains("Your teacher removed"));
    }

    @Test
    void lockedDiscussionReadableWithoutAnswering() {
        long bens = answer(ben, "Ben's answer");
        String lock = "/teach/classes/" + c.id() + "/discussions/" + c.discussions().get(0) + "/lock";
        assertEquals(303, teacher.browser().submit(moderation, lock, Map.of()).statusCode());
        Document page = ana.browser().page(q1);
        assertEquals("Ben's answer", page.select("#post-" + bens + " .post-body").text());
        assertFalse(page.text().contains("Post your own answer first"));
    }

    @Test
    void archivedClassReadableWithoutAnswering() {
        long bens = answer(ben, "Ben's answer");
        fixtures.configure(c.id(), k -> k.archived = true);
        Document page = ana.browser().page(q1);
        assertEquals("Ben's answer", page.select("#post-" + bens + " .post-body").text());
        assertFalse(page.text().contains("Post your own answer first"));
    }
}
