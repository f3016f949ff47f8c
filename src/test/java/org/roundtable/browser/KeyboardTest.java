package org.roundtable.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.roundtable.account.Account;
import org.roundtable.support.BrowserTest;
import org.roundtable.support.Fixtures;
import org.roundtable.support.FreshData;
import org.roundtable.support.Window;

import io.quarkus.test.junit.QuarkusTest;

/** A student answers and replies with the keyboard alone, seeing where the focus is at every step. */
@QuarkusTest
@BrowserTest
class KeyboardTest extends FreshData {

    Window window;
    Fixtures.TestClass lesson;
    long classmateAnswer;
    final List<String> focusStops = new ArrayList<>();

    @BeforeEach
    void setUp() {
        lesson = fixtures.createClass("Period 3 Civics", 0);
        fixtures.configure(lesson.id(), c -> c.postFirst = false);
        long ben = fixtures.enrol(lesson.id(), "Ben T", "ABCD-EFGH");
        classmateAnswer = fixtures.post(lesson.discussions().get(0), ben, null, "The mediator matters most.");
        long amara = fixtures.enrol(lesson.id(), "Amara K", "ABCD-EFGH");
        window = Window.open().signedInWith(fixtures.signIn(amara));
    }

    @Test
    void answerAndReplyWithTheKeyboardAlone() {
        window.go(lesson.discussionPath(1));

        // The skip link comes first and takes the reader past the header.
        keys(Keys.TAB);
        assertEquals("Skip to main content", focused().getText());
        keys(Keys.ENTER);
        assertEquals("main", focused().getDomAttribute("id"));

        // Answer: the text, a section, a stance, then send — in that order.
        tabUntil(e -> "answer-body".equals(e.getDomAttribute("id")), 12);
        keys("Skipping the talks kept pressure on Russia.");
        keys(Keys.TAB);
        assertEquals("answer-section", focused().getDomAttribute("id"));
        keys(Keys.ARROW_DOWN, Keys.ARROW_DOWN);
        keys(Keys.TAB);
        assertEquals("stance", focused().getDomAttribute("name"));
        keys(Keys.SPACE);
        keys(Keys.TAB);
        assertEquals("Post answer", focused().getText());
        WebElement page = window.find("html");
        keys(Keys.ENTER);
        window.await(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(page));
        WebElement mine = window.await(d -> window.all(".post.depth-0").stream()
                .filter(p -> p.getText().contains("kept pressure on Russia")).findFirst().orElse(null));
        assertTrue(mine.getText().contains("Agree"), "the stance was chosen by keyboard: " + mine.getText());
        assertTrue(mine.getText().contains("Cites"), "the section was chosen by keyboard: " + mine.getText());

        // Reply to Ben: his Reply link, then the reply form it opens.
        tabUntil(e -> e.getText().startsWith("Reply") && e.getDomAttribute("href") != null
                && e.getDomAttribute("href").contains("reply=" + classmateAnswer), 60);
        page = window.find("html");
        keys(Keys.ENTER);
        window.await(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(page));
        tabUntil(e -> "reply-body".equals(e.getDomAttribute("id")), 3);
        keys("Which mediator, though?");
        tabUntil(e -> e.getText().equals("Post reply"), 3);
        page = window.find("html");
        keys(Keys.ENTER);
        window.await(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(page));
        window.await(d -> window.all(".post.depth-1").stream().anyMatch(p -> p.getText().contains("Which mediator")));

        assertTrue(focusStops.size() > 10, "walked " + focusStops);
        // Tabbing past the last control leaves the page (the document body); that is the browser's, not a stop.
        List<String> unseen = focusStops.stream()
                .filter(stop -> !stop.startsWith("body ") && stop.endsWith("outline none")).toList();
        assertEquals(List.of(), unseen, "every focus stop shows where the focus is");
    }

    @Test
    void theTeacherOpensModerateWithTheKeyboard() {
        long teacher = fixtures.teacher("ms.rivera", "correct horse battery", false);
        fixtures.configure(lesson.id(), c -> c.teacher = Account.findById(teacher));
        window.close();
        window = Window.open().signedInWith(fixtures.signIn(teacher));
        window.go(lesson.discussionPath(1));
        // Past the answer form and the article's sections beside it (each a summary of its own), to the first post's.
        tabUntil(e -> "summary".equals(e.getTagName()) && e.getText().startsWith("Moderate"), 120);
        assertTrue(focused().getText().startsWith("Moderate"), focusStops.toString());
        assertFalse(focusStops.get(focusStops.size() - 1).endsWith("outline none"), "the focus shows");
        keys(Keys.ENTER);
        keys(Keys.TAB);
        assertEquals("reason", focused().getDomAttribute("name"), "open: the Reason box comes next");
    }

    private static String abbreviate(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() > 30 ? line.substring(0, 30) + "…" : line;
    }

    private void keys(CharSequence... keys) {
        new Actions(window.driver()).sendKeys(keys).perform();
    }

    private WebElement focused() {
        return window.driver().switchTo().activeElement();
    }

    /** Presses Tab until the focused element matches, noting each stop and how its focus shows. */
    private void tabUntil(Predicate<WebElement> wanted, int most) {
        for (int i = 0; i < most; i++) {
            keys(Keys.TAB);
            WebElement element = focused();
            String outline = (String) window.script("const s = getComputedStyle(document.activeElement);"
                    + "return s.outlineStyle === 'none' || s.outlineWidth === '0px' ? 'none' : s.outlineStyle;");
            focusStops.add(element.getTagName() + " " + abbreviate(element.getText()) + " outline " + outline);
            if (wanted.test(element)) {
                return;
            }
        }
        throw new AssertionError("not reached in " + most + " tabs: " + focusStops);
    }
}
