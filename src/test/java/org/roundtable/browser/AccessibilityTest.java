package org.roundtable.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.roundtable.support.BrowserTest;
import org.roundtable.support.Chromium;
import org.roundtable.support.Fixtures;
import org.roundtable.support.PageTour;
import org.roundtable.support.PageTour.Page;
import org.roundtable.support.Window;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * WCAG 2.1 A and AA in a real browser: axe-core on every kind of page, reflow at phone
 * width and at 200% text, the questions beside the article on a laptop, visible focus and
 * reduced motion.
 */
@QuarkusTest
@BrowserTest
class AccessibilityTest {

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @Inject
    Fixtures fixtures;

    PageTour tour;
    Window window;

    @BeforeEach
    void setUp() {
        tour = PageTour.build(fixtures);
        window = Window.open();
    }

    /** In every interface language: html-has-lang and valid-lang included, with the pages' own words. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = { "en", "uk" })
    void everyPageHasNoWcag21AaViolations(String language) {
        List<String> violations = new ArrayList<>();
        for (Page page : tour.pages()) {
            tour.show(window, page, language);
            assertEquals(language, window.find("html").getDomAttribute("lang"), page + ": the page's language");
            Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(window.driver());
            assertTrue(results.getPasses().size() > 5, page + ": axe did not run");
            for (Rule rule : results.getViolations()) {
                rule.getNodes()
                        .forEach(node -> violations.add(language + ", " + page.name() + ": " + rule.getId() + " ("
                                + rule.getHelp() + ") at " + node.getTarget() + " " + node.getHtml()));
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void noPageScrollsSidewaysOnAPhoneOrWithTextAt200Percent() {
        List<String> problems = new ArrayList<>();
        for (Page page : tour.pages()) {
            window.size(Chromium.PHONE_WIDTH, Chromium.PHONE_HEIGHT);
            tour.show(window, page);
            if (window.scrollsSideways()) {
                problems.add(page.name() + " scrolls sideways at " + Chromium.PHONE_WIDTH + " px: "
                        + widestElement());
            }
            window.size(Chromium.LAPTOP_WIDTH, Chromium.LAPTOP_HEIGHT);
            double before = bodyTextSize();
            window.script("document.documentElement.style.fontSize = '200%';");
            if (bodyTextSize() < before * 1.9) {
                problems.add(page.name() + ": text did not grow with the reader's text size");
            }
            if (window.scrollsSideways()) {
                problems.add(page.name() + " scrolls sideways with text at 200%: " + widestElement());
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void onALaptopTheQuestionsStandBesideTheArticle() {
        window.size(Chromium.LAPTOP_WIDTH, Chromium.LAPTOP_HEIGHT);
        tour.show(window, page("article"));
        Map<?, ?> article = rect(window.find("article.article"));
        Map<?, ?> questions = rect(window.find(".questions-panel"));
        assertTrue(number(questions, "left") >= number(article, "right") - 1,
                "questions " + questions + " should be to the right of the article " + article);
        assertTrue(number(questions, "top") < Chromium.LAPTOP_HEIGHT, "questions visible without scrolling");
        assertTrue(window.find(".questions-panel a").isDisplayed());

        window.size(Chromium.PHONE_WIDTH, Chromium.PHONE_HEIGHT);
        Map<?, ?> narrowArticle = rect(window.find("article.article"));
        Map<?, ?> narrowQuestions = rect(window.find(".questions-panel"));
        assertTrue(number(narrowQuestions, "left") < number(narrowArticle, "right"),
                "on a phone the questions stack with the article");
    }

    @Test
    void focusIsVisibleAndMotionStopsWhenTheReaderAsks() {
        tour.show(window, page("discussion, busy"));
        new Actions(window.driver()).sendKeys(Keys.TAB).perform();
        WebElement focused = window.driver().switchTo().activeElement();
        assertEquals("Skip to main content", focused.getText(), "the skip link comes first");
        assertTrue(window.script("return getComputedStyle(document.activeElement).outlineStyle;").equals("solid"),
                "a visible focus ring");
        window.await(d -> number(rect(focused), "top") >= 0); // it slides into view

        motion("no-preference");
        assertEquals("smooth", window.script("return getComputedStyle(document.documentElement).scrollBehavior;"));
        motion("reduce");
        assertEquals("auto", window.script("return getComputedStyle(document.documentElement).scrollBehavior;"));
        assertEquals("0s",
                window.script("return getComputedStyle(document.querySelector('.button')).transitionDuration;"));
    }

    private void motion(String preference) {
        window.driver().executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-reduced-motion", "value", preference))));
    }

    private Page page(String name) {
        return tour.pages().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    private double bodyTextSize() {
        return ((Number) window.script("return parseFloat(getComputedStyle(document.querySelector('main p, main li, "
                + "main label, main td') || document.body).fontSize);")).doubleValue();
    }

    private String widestElement() {
        return String.valueOf(window
                .script("""
                        let widest = null;
                        for (const e of document.querySelectorAll('body *')) {
                          const r = e.getBoundingClientRect();
                          if (r.right > document.documentElement.clientWidth + 1 && (!widest || r.right > widest.r)) {
                            widest = {r: r.right, what: e.tagName + '.' + e.className + ' ' + (e.textContent || '').slice(0, 40)};
                          }
                        }
                        return widest ? widest.what + ' reaches ' + Math.round(widest.r) + ' px' : 'nothing wider';"""));
    }

    private Map<?, ?> rect(WebElement element) {
        return (Map<?, ?>) window.script("const r = arguments[0].getBoundingClientRect();"
                + "return {left: r.left, right: r.right, top: r.top, bottom: r.bottom};", element);
    }

    private static double number(Map<?, ?> rect, String key) {
        return ((Number) rect.get(key)).doubleValue();
    }
}
