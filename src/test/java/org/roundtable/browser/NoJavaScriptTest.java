package org.roundtable.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.discussion.Post;
import org.roundtable.discussion.PostStatus;
import org.roundtable.support.BrowserTest;
import org.roundtable.support.Fixtures;
import org.roundtable.support.People;
import org.roundtable.support.Window;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** With JavaScript switched off, a student joins, answers and replies, and a teacher moderates. */
@QuarkusTest
@BrowserTest
class NoJavaScriptTest {

    @Inject
    Fixtures fixtures;

    Fixtures.TestClass lesson;
    Window window;

    @BeforeEach
    void setUp() {
        lesson = fixtures.createClass("Period 3 Civics", 0, fixtures.onlyTeacher("ms.rivera"));
        fixtures.configure(lesson.id(), c -> c.preModeration = true);
        window = Window.withoutJavaScript();
    }

    @Test
    void joinAnswerReplyAndModerateWithoutJavaScript() {
        window.go("/join").type("#code", lesson.code()).type("#name", "Amara K").press("main form", "Join class");
        window.press("main", "Go to your class");
        window.go(lesson.discussionPath(1));
        window.type("#answer-body", "An answer sent by a plain form.");
        // With scripts on, the page would keep a draft of this within a second.
        window.find("h1").click();
        new org.openqa.selenium.interactions.Actions(window.driver()).pause(java.time.Duration.ofMillis(1200))
                .perform();
        assertEquals(0L, window.script("return localStorage.length;"), "no page script ran");
        window.press("#answer-form", "Post answer");
        assertTrue(window.bodyText().contains("Waiting for your teacher's approval"), "pre-moderation applies");
        String answerId = window.all(".post.depth-0").get(0).getDomAttribute("id");
        window.press("#" + answerId + " .post-actions", "Reply");
        window.type("#reply-body", "And a reply to myself.").press("#reply-form", "Post reply");
        assertTrue(window.bodyText().contains("And a reply to myself."));

        // The teacher, also without JavaScript, approves the answer, hides the reply and locks.
        window.driver().manage().deleteAllCookies();
        window.go("/signin").type("#username", "ms.rivera").type("#password", People.PASSWORD)
                .press("main form", "Sign in");
        window.go("/teach/classes/" + lesson.id() + "/moderation");
        assertEquals(2, window.all(".queue-item").size());
        window.press("#item-" + answerId.replace("post-", ""), "Approve");
        String replyItem = window.find(".queue-item").getDomAttribute("id");
        window.type("#" + replyItem + " .hide-form input[name=reason]", "Replying to yourself");
        window.press("#" + replyItem + " .hide-form", "Hide");
        window.go(lesson.discussionPath(1)).press(".teacher-tools", "Lock the discussion");
        assertTrue(window.has(".banner-locked"));

        long answer = Long.parseLong(answerId.replace("post-", ""));
        assertEquals(PostStatus.PUBLISHED, fixtures.find(answer).status);
        Post reply = fixtures.find(Long.parseLong(replyItem.replace("item-", "")));
        assertEquals(PostStatus.HIDDEN, reply.status);
        assertEquals("Replying to yourself", reply.hiddenReason);
        assertTrue(fixtures.discussion(lesson.discussions().get(0)).locked);
    }

    @Test
    void theModerateDisclosureOpensAndHidesWithoutJavaScript() {
        fixtures.configure(lesson.id(), c -> {
            c.preModeration = false;
            c.postFirst = false;
        });
        long student = People.student(fixtures, lesson.id(), "Ben T").id();
        long post = fixtures.post(lesson.discussions().get(0), student, null, "Off the point entirely.");
        window.go("/signin").type("#username", "ms.rivera").type("#password", People.PASSWORD)
                .press("main form", "Sign in");
        window.go(lesson.discussionPath(1));
        String scope = "#post-" + post + " details.moderate";
        assertFalse(window.find(scope + " input[name=reason]").isDisplayed(), "closed until asked for");
        window.click(scope + " summary");
        window.type(scope + " input[name=reason]", "Stay on the question");
        window.press(scope + " .hide-form", "Hide");
        assertTrue(window.path().startsWith(lesson.discussionPath(1)), window.path());
        assertEquals(PostStatus.HIDDEN, fixtures.find(post).status);
        assertEquals("Stay on the question", fixtures.find(post).hiddenReason);
    }
}
