package org.roundtable.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.roundtable.support.BrowserTest;
import org.roundtable.support.Fixtures;
import org.roundtable.support.FreshData;
import org.roundtable.support.People;
import org.roundtable.support.Window;

import com.deque.html.axecore.selenium.AxeBuilder;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Today's article brought in as a new teacher would: pasted as copied from a news page, corrected on the review
 * page, published, assigned, then discussed and read by a student, with JavaScript on and off.
 */
@QuarkusTest
@BrowserTest
class ImportJourneyTest extends FreshData {

    static final String HEADING = "Who stayed at home";
    static final String QUESTION = "Would the talks have gone better if the leaders had come?";

    People.Person teacher;
    Fixtures.TestClass lesson;
    Window window;
    Window plain;

    @BeforeEach
    void setUp() {
        teacher = People.teacher(fixtures, "ms.rivera");
        lesson = fixtures.createClass("Period 3 Civics", 0, teacher.id());
    }

    @AfterEach
    void tearDown() {
        if (window != null) {
            window.close();
        }
        if (plain != null) {
            plain.close();
        }
    }

    @Test
    void pasteReviewPublishAssignDiscussAndReadTheWhosWho() throws IOException {
        window = Window.open();
        window.go("/signin").type("#username", "ms.rivera").type("#password", People.PASSWORD);
        window.press("main form", "Sign in");
        window.press("main", "Articles");
        window.press("main", "Import an article");
        assertEquals("/teach/articles/import", window.path());
        assertNoAxeViolations("the import page");
        assertTrue(window.text("#text-hint").startsWith("Paste what you copied from a news page"),
                "the paste box invites copied text, not only the article format: " + window.text("#text-hint"));

        window.script("document.getElementById('text').value = arguments[0];", seed());
        window.press("main form", "Review");
        assertEquals("Review the article", window.text("h1"));
        assertNoAxeViolations("the review page");

        List<WebElement> headings = window.all("input[name=heading]");
        assertTrue(headings.size() > 3, "sections found: " + headings.size());
        String wrong = headings.get(2).getDomProperty("value");
        window.type("#section-3 input[name=heading]", HEADING);
        int questions = window.all("textarea[name=question]").size();
        window.press("main form", "Add a question");
        List<WebElement> boxes = window.all("textarea[name=question]");
        assertEquals(questions + 1, boxes.size(), "an empty question box was added");
        assertEquals(HEADING, window.find("#section-3 input[name=heading]").getDomProperty("value"),
                "the fixed heading survives adding a question");
        boxes.get(boxes.size() - 1).sendKeys(QUESTION);
        window.press("main form", "Publish");

        String article = window.bodyText();
        assertTrue(article.contains(HEADING), article);
        assertFalse(window.all("h2").stream().anyMatch(h -> h.getText().equals(wrong)), "the old heading is gone");
        assertTrue(article.contains(QUESTION), article);
        assertNoAxeViolations("the published article page");
        long articleId = Long.parseLong(window.path().replaceAll("\\D+", ""));

        // Assign it to the class the teacher has.
        window.go("/teach/classes/" + lesson.id());
        window.press(".class-nav", "Assign");
        new Select(window.find("#article")).selectByValue(String.valueOf(articleId));
        window.press("main form", "Choose this article");
        assertEquals(questions + 1, window.all("input[name=question]:checked").size());
        window.press("main form", "Assign to Period 3 Civics");

        // A student discusses the new question, citing the fixed section.
        People.Person amara = People.student(fixtures, lesson.id(), "Amara K");
        window.signedInWith(amara.browser().cookie("rt_session")).go("/classes/" + lesson.id());
        WebElement discuss = window.all("a").stream().filter(a -> a.getText().strip().equals(QUESTION)).findFirst()
                .orElseThrow(() -> new AssertionError("the new question is not on the class page: "
                        + window.bodyText()));
        window.follow(discuss);
        window.type("#answer-body", "They sent deputies, so nobody could agree to anything.");
        new Select(window.find("#answer-section")).selectByVisibleText(HEADING);
        window.press("#answer-form", "Post answer");
        assertTrue(window.text(".posts").contains("They sent deputies"), window.text(".posts"));
        assertTrue(window.text(".posts").contains(HEADING), "the post cites the section: " + window.text(".posts"));

        // The who's-who with JavaScript: a popover by keyboard, closed by Escape.
        String page = "/classes/" + lesson.id() + "/articles/" + articleId;
        window.go(page);
        WebElement mark = window.await(d -> window.all("a.term").stream()
                .filter(m -> "false".equals(m.getDomAttribute("aria-expanded"))).findFirst().orElse(null));
        String name = mark.getText();
        window.script("arguments[0].focus()", mark);
        new Actions(window.driver()).sendKeys(Keys.ENTER).perform();
        WebElement popover = window.find("#term-popover");
        assertTrue(popover.isDisplayed(), "Enter opens the popover");
        String entry = (String) window.script("return document.querySelector(arguments[0]).textContent;",
                mark.getDomAttribute("href"));
        assertTrue(popover.getText().contains(name), popover.getText());
        assertTrue(popover.getText().length() > name.length() + 5, "it explains: " + popover.getText());
        assertTrue(entry.contains(name), entry);
        new Actions(window.driver()).sendKeys(Keys.ESCAPE).perform();
        assertFalse(popover.isDisplayed(), "Escape closes it");
        assertTrue(window.path().endsWith(page), "the mark did not navigate");

        // Without JavaScript the mark is a link to the entry in the list below the article.
        plain = Window.withoutJavaScript();
        plain.signedInWith(amara.browser().cookie("rt_session")).go(page);
        WebElement link = plain.all("a.term").get(0);
        String target = link.getDomAttribute("href");
        assertTrue(target.matches("#term-\\d+"), target);
        link.click();
        assertTrue(plain.driver().getCurrentUrl().endsWith(target), plain.driver().getCurrentUrl());
        WebElement listed = plain.find("section#whos-who " + target);
        assertTrue(listed.getText().contains(link.getText()), listed.getText());
    }

    private String seed() throws IOException {
        try (var in = getClass().getResourceAsStream("/articles/pasted/seed.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private void assertNoAxeViolations(String page) {
        List<String> violations = new AxeBuilder().withTags(AccessibilityTest.WCAG_21_AA).analyze(window.driver())
                .getViolations().stream().map(rule -> rule.getId() + " at " + rule.getNodes()).toList();
        assertEquals(List.of(), violations, page + " passes axe");
    }
}
