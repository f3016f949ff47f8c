package org.roundtable.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.roundtable.support.BrowserTest;
import org.roundtable.support.Fixtures;
import org.roundtable.support.FreshData;
import org.roundtable.support.Window;

import com.deque.html.axecore.selenium.AxeBuilder;
import io.quarkus.test.junit.QuarkusTest;

/** A who's-who mark opens its entry in place, by keyboard or pointer, and Escape or a click elsewhere closes it. */
@QuarkusTest
@BrowserTest
class GlossaryPopoverTest extends FreshData {

    Window window;
    Fixtures.TestClass lesson;

    @BeforeEach
    void setUp() {
        lesson = fixtures.createClass("Period 5 Civics", 0);
        long amara = fixtures.enrol(lesson.id(), "Amara K", "ABCD-EFGH");
        window = Window.open().signedInWith(fixtures.signIn(amara));
        window.go("/classes/" + lesson.id() + "/articles/" + lesson.articleId());
    }

    @AfterEach
    void tearDown() {
        window.close();
    }

    @Test
    void aMarkOpensItsEntryAndEscapeReturnsTheFocus() {
        WebElement mark = window.await(d -> window.all("#the-setup-a-diplomatic-dance-in-istanbul a.term").stream()
                .filter(m -> m.getText().equals("Rustem Umerov") && "false".equals(m.getDomAttribute("aria-expanded")))
                .findFirst().orElse(null));
        assertEquals("button", mark.getDomAttribute("role"));
        assertEquals("term-popover", mark.getDomAttribute("aria-controls"));
        window.script("arguments[0].focus()", mark);
        keys(Keys.ENTER);

        WebElement popover = window.find("#term-popover");
        assertTrue(popover.isDisplayed());
        assertEquals("true", mark.getDomAttribute("aria-expanded"));
        assertTrue(popover.getText().startsWith("Rustem Umerov"), popover.getText());
        assertTrue(popover.getText().contains("defense minister"), popover.getText());
        List<String> violations = new AxeBuilder().withTags(AccessibilityTest.WCAG_21_AA).analyze(window.driver())
                .getViolations().stream().map(rule -> rule.getId() + " at " + rule.getNodes()).toList();
        assertEquals(List.of(), violations, "the open popover passes axe");
        keys(Keys.TAB);
        assertEquals("All terms", window.driver().switchTo().activeElement().getText(), "Tab goes into the popover");

        keys(Keys.ESCAPE);
        assertFalse(popover.isDisplayed());
        assertEquals("false", mark.getDomAttribute("aria-expanded"));
        assertEquals(mark, window.driver().switchTo().activeElement(), "the focus is back on the mark");

        mark.click();
        assertTrue(popover.isDisplayed());
        window.find("h1").click();
        assertFalse(popover.isDisplayed(), "a click elsewhere closes it");
        assertTrue(window.path().endsWith("/articles/" + lesson.articleId()), "the mark did not navigate");
    }

    private void keys(CharSequence... keys) {
        new Actions(window.driver()).sendKeys(keys).perform();
    }
}
