package org.roundtable.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.roundtable.notice.NoticePile;
import org.roundtable.support.BrowserTest;
import org.roundtable.support.ReadingClass;
import org.roundtable.support.Window;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Ben replies to Ada in a real browser: Ada, reading another page, sees "1 new" in her header within a second,
 * told politely and keeping her focus, and so does her other tab; the count is still there after a reload, and
 * "What's new" takes her to Ben's reply in its thread.
 */
@QuarkusTest
@BrowserTest
class LiveNoticesTest extends ReadingClass {

    LiveNoticesTest() {
        super("notices", "Period 4 Civics");
    }

    @Test
    void aReplyShowsInTheAuthorsHeaderAtOnceAndLeadsToTheReply() {
        long adaAnswer = answer(adaId, "Talks only work with guarantees.");
        Window ben = windowOf(benId);
        ada.go(classHome);
        assertTrue(ada.all(".notices-link .notice-count").get(0).getDomAttribute("hidden") != null, "nothing new");
        ada.await(d -> ada.has("[data-notices-open]")); // the page's stream is open
        String home = ada.driver().getWindowHandle();
        ada.driver().switchTo().newWindow(WindowType.TAB);
        ada.go(discussion); // a second tab, which hears the count from the first
        ada.driver().switchTo().window(home);
        ada.script("document.getElementById('main').focus();"); // a focus of her own, which the news must not take
        Object focused = ada.script("return document.activeElement;");

        ben.go(discussion).press("#post-" + adaAnswer + " .post-actions", "Reply");
        ben.type("#reply-body", "Who would give the guarantees?").press("#reply-form", "Post reply");

        WebElement count = new WebDriverWait(ada.driver(), Duration.ofSeconds(1))
                .until(d -> ada.all(".notices-link .notice-count").stream().filter(WebElement::isDisplayed)
                        .findFirst().orElse(null));
        assertEquals("1 new", count.getText());
        assertEquals("1 new notice", ada.find("[data-notice-news]").getDomProperty("textContent"));
        assertEquals("polite", ada.find("[data-notice-news]").getDomAttribute("aria-live"));
        assertEquals(focused, ada.script("return document.activeElement;"), "Ada keeps her focus");
        assertEquals(classHome, ada.path(), "and her page");
        String second = ada.driver().getWindowHandles().stream().filter(h -> !h.equals(home)).findFirst().get();
        ada.driver().switchTo().window(second);
        ada.await(d -> ada.text(".notices-link .notice-count").equals("1 new"));
        ada.driver().close();
        ada.driver().switchTo().window(home);

        ada.go(classHome);
        assertEquals("1 new", ada.text(".notices-link .notice-count"), "the count is on the page itself");

        ada.press(".site-header", "What's new");
        ada.follow(ada.all(".notice-item a").stream().filter(a -> a.getText().contains("replied to your post"))
                .findFirst().orElseThrow());
        String path = ada.path();
        assertTrue(path.startsWith(discussion + "#post-"), path);
        String reply = path.substring(path.indexOf('#') + 1);
        assertTrue(ada.text("#" + reply).contains("Who would give the guarantees?"), "the link lands on Ben's reply");
        assertTrue(ada.find("#" + reply).isDisplayed());
    }

    @Test
    void pastNinetyNineTheHeaderSaysNinetyNinePlusLiveAndSaysSoPolitely() {
        long adaAnswer = answer(adaId, "Talks only work with guarantees.");
        NoticePile.ofReplies(adaId, adaAnswer, 99);
        Window ben = windowOf(benId);
        ada.go(classHome);
        assertEquals("99 new", ada.text(".notices-link .notice-count"));
        ada.await(d -> ada.has("[data-notices-open]"));
        assertEquals("", ada.find("[data-notice-news]").getDomProperty("textContent"), "opening says nothing");

        ben.go(discussion).press("#post-" + adaAnswer + " .post-actions", "Reply");
        ben.type("#reply-body", "Who would give the guarantees?").press("#reply-form", "Post reply");

        ada.await(d -> ada.text(".notices-link .notice-count").equals("99+ new"));
        assertEquals("More than 99 new notices", ada.find("[data-notice-news]").getDomProperty("textContent"));
    }
}
