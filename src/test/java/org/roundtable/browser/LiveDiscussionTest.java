package org.roundtable.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.roundtable.support.BrowserTest;
import org.roundtable.support.Fixtures;
import org.roundtable.support.Window;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * Two students in two browsers on one discussion: each one's new posts reach the other
 * without a reload, announced politely, without taking the reader's focus or their draft.
 */
@QuarkusTest
@BrowserTest
class LiveDiscussionTest {

    @Inject
    Fixtures fixtures;

    Window amara;
    Window ben;
    String discussion;
    long benAnswer;

    @BeforeEach
    void setUp() {
        fixtures.reset();
        Fixtures.TestClass lesson = fixtures.createClass("Period 3 Civics", 0);
        long amaraId = fixtures.enrol(lesson.id(), "Amara K", "ABCD-EFGH");
        long benId = fixtures.enrol(lesson.id(), "Ben T", "ABCD-EFGH");
        discussion = lesson.discussionPath(1);
        fixtures.post(lesson.discussions().get(0), amaraId, null, "My first answer.");
        benAnswer = fixtures.post(lesson.discussions().get(0), benId, null, "Ben's first answer.");
        amara = Window.open().signedInWith(fixtures.signIn(amaraId));
        ben = Window.open().signedInWith(fixtures.signIn(benId));
    }

    @AfterEach
    void tearDown() {
        amara.close();
        ben.close();
    }

    @Test
    void postsReachTheOtherBrowserWithoutAReload() {
        amara.go(discussion);
        ben.go(discussion);
        awaitLiveConnection(amara);
        awaitLiveConnection(ben);
        WebElement benPage = ben.find("html");
        ben.find("#answer-body").sendKeys("Half-written thought");

        amara.type("#answer-body", "Sanctions matter more than talks.").press("#answer-form", "Post answer");

        WebElement show = ben.await(d -> ben.all(".live-notice button").stream().findFirst().orElse(null));
        assertEquals("1 new post — show", show.getText());
        assertEquals("polite", ben.find(".live-notice").getDomAttribute("aria-live"));
        assertEquals("answer-body", ben.driver().switchTo().activeElement().getDomAttribute("id"),
                "the reader keeps the focus");
        assertEquals("Half-written thought", ben.find("#answer-body").getDomProperty("value"));
        show.click();
        ben.await(d -> ben.bodyText().contains("Sanctions matter more than talks."));
        assertTrue(ben.text(".live-notice").contains("1 new post shown."));
        assertTrue(benPage.isDisplayed(), "Ben's page was not reloaded");

        // Amara replies to Ben; Ben sees the reply under his answer.
        amara.press("#post-" + benAnswer + " .post-actions", "Reply");
        awaitLiveConnection(amara);
        amara.type("#reply-body", "Why do you think so?").press("#reply-form", "Post reply");
        ben.await(d -> ben.all(".live-notice button").stream().findFirst().orElse(null)).click();
        WebElement reply = ben.await(d -> ben.all(".post.depth-1").stream()
                .filter(p -> p.getText().contains("Why do you think so?")).findFirst().orElse(null));
        assertTrue((Boolean) ben.script("return arguments[0].previousElementSibling.id === 'post-" + benAnswer
                + "' || arguments[0].previousElementSibling.getAttribute('data-depth') !== '0';", reply),
                "the reply is shown in Ben's thread");
        assertTrue(benPage.isDisplayed(), "Ben's page was still not reloaded");
    }

    /** The page opens its event stream after load; a post sent before that would not be pushed. */
    private static void awaitLiveConnection(Window window) {
        window.await(d -> window.has("[data-live-open]"));
    }
}
