package org.roundtable.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.roundtable.support.Browser;
import org.roundtable.support.BrowserTest;
import org.roundtable.support.Fixtures;
import org.roundtable.support.Window;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * Two students in two browsers on one discussion: each one's new posts reach the other
 * without a reload, announced politely, without taking the reader's focus or their draft.
 * A session that ends, or class settings that change, are said in the same place; and
 * drafts stay with the account that wrote them.
 */
@QuarkusTest
@BrowserTest
class LiveDiscussionTest {

    @Inject
    Fixtures fixtures;

    Window amara;
    Window ben;
    Fixtures.TestClass lesson;
    String discussion;
    long teacherId;
    long amaraId;
    long benId;
    String amaraSession;
    String benSession;
    long benAnswer;

    @BeforeEach
    void setUp() {
        teacherId = fixtures.onlyTeacher("civics");
        lesson = fixtures.createClass("Period 3 Civics", 0, teacherId);
        amaraId = fixtures.enrol(lesson.id(), "Amara K", "ABCD-EFGH");
        benId = fixtures.enrol(lesson.id(), "Ben T", "ABCD-EFGH");
        discussion = lesson.discussionPath(1);
        fixtures.post(lesson.discussions().get(0), amaraId, null, "My first answer.");
        benAnswer = fixtures.post(lesson.discussions().get(0), benId, null, "Ben's first answer.");
        amaraSession = fixtures.signIn(amaraId);
        benSession = fixtures.signIn(benId);
        amara = Window.open().signedInWith(amaraSession);
        ben = Window.open().signedInWith(benSession);
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

    @Test
    void aReaderSignedOutElsewhereIsToldSoWhereNewPostsAppear() {
        amara.go(discussion);
        awaitLiveConnection(amara);
        Browser sameSession = new Browser();
        sameSession.setCookie("rt_session", amaraSession);
        assertEquals(303, sameSession.submit(discussion, "/signout", Map.of()).statusCode());

        amara.await(d -> amara.text(".live-notice").contains("You were signed out"));
        assertEquals("polite", amara.find(".live-notice").getDomAttribute("aria-live"));
        assertEquals(discussion, amara.find(".live-notice a").getDomAttribute("href"), "a way back: reload the page");
    }

    @Test
    void changedClassSettingsAreAnnouncedAndTheStreamComesBack() {
        amara.go(discussion);
        awaitLiveConnection(amara);
        Browser teacher = new Browser();
        teacher.setCookie("rt_session", fixtures.signIn(teacherId));
        String settings = "/teach/classes/" + lesson.id() + "/settings";
        assertEquals(303, teacher.submit(settings, settings, Map.of("name", "Period 3 Civics", "anonymous", "on",
                "editWindowMinutes", "30", "slowModeSeconds", "0")).statusCode());

        amara.await(d -> amara.text(".live-notice").contains("Your teacher changed this class's settings."));
        amara.await(d -> !amara.has("[data-live-open]")); // the stream under the old settings ended
        awaitLiveConnection(amara); // and the browser opened it again
        ben.go(discussion).type("#answer-body", "Written under the new settings.").press("#answer-form", "Post answer");
        WebElement show = amara.await(d -> amara.all(".live-notice button").stream().findFirst().orElse(null));
        assertEquals("1 new post — show", show.getText(), "the stream came back by itself");
    }

    @Test
    void draftsStayWithTheirAccountAndGoAtSignOut() {
        amara.go(discussion).type("#answer-body", "Amara's private draft");
        amara.await(d -> draftCount(amara) == 1);
        amara.go(discussion);
        assertEquals("Amara's private draft", amara.find("#answer-body").getDomProperty("value"),
                "the same person gets their draft back");

        // Someone else signs in on the same device: they are never offered Amara's words.
        amara.signedInWith(benSession).go(discussion);
        assertEquals("", amara.find("#answer-body").getDomProperty("value"));
        assertFalse(amara.has(".draft-note"));
        assertEquals(0L, draftCount(amara));

        amara.type("#answer-body", "Ben's draft on the shared laptop");
        amara.await(d -> draftCount(amara) == 1);
        amara.press(".site-header", "Sign out");
        assertEquals(0L, draftCount(amara), "signing out clears the drafts");
    }

    private static long draftCount(Window window) {
        return (Long) window.script("return Object.keys(window.localStorage)"
                + ".filter(function (k) { return k.indexOf('roundtable-draft:') === 0; }).length;");
    }

    /** The page opens its event stream after load; a post sent before that would not be pushed. */
    private static void awaitLiveConnection(Window window) {
        window.await(d -> window.has("[data-live-open]"));
    }
}
