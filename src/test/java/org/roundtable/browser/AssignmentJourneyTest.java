package org.roundtable.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.roundtable.support.BrowserTest;
import org.roundtable.support.Fixtures;
import org.roundtable.support.FreshData;
import org.roundtable.support.People;
import org.roundtable.support.Window;

import io.quarkus.test.junit.QuarkusTest;

/** A teacher changes an assignment as plans change, with JavaScript on and off, and a student sees it. */
@QuarkusTest
@BrowserTest
class AssignmentJourneyTest extends FreshData {

    Fixtures.TestClass lesson;
    People.Person teacher;
    People.Person amara;
    Window window;

    @BeforeEach
    void setUp() {
        teacher = People.teacher(fixtures, "ms.rivera");
        lesson = fixtures.createClass("Period 3 Civics", 0, teacher.id());
        amara = People.student(fixtures, lesson.id(), "Amara K");
    }

    @Test
    void editAnAssignment() {
        window = Window.open();
        window.signedInWith(teacher.browser().cookie("rt_session")).go("/teach/classes/" + lesson.id());
        window.press("main", "Edit assignment");
        assertEquals("Edit assignment", window.text("h1"));
        String due = LocalDateTime.now().plusDays(3).withHour(15).withMinute(30).withSecond(0).withNano(0).toString();
        window.script("arguments[0].value = arguments[1];", field("Due"), due);
        WebElement noDue = field("No due date");
        assertTrue(noDue.isSelected(), "nothing is due yet");
        label("No due date").click();
        label("No due date").click();
        label("No due date").click();
        assertFalse(noDue.isSelected());
        field("Minimum words per answer").sendKeys("5");
        String second = questionLabel(2).getText();
        questionLabel(2).click();
        window.press("main form", "Save changes");

        assertTrue(window.bodyText().contains("3 of 4 questions assigned"), window.bodyText());
        assertTrue(window.bodyText().contains("Taken away"));
        String home = "/classes/" + lesson.id();
        assertEquals(3, amara.browser().page(home).select(".question-item").size());
        assertTrue(amara.browser().page(home).text().contains("Due"));
        assertEquals(404, amara.browser().get(lesson.discussionPath(2)).statusCode());

        window.press("main", "Edit assignment");
        assertTrue(questionLabel(2).getText().startsWith(second.substring(0, 20)));
        questionLabel(2).click();
        label("No due date").click();
        window.press("main form", "Save changes");
        assertTrue(window.bodyText().contains("4 of 4 questions assigned"));
        assertEquals(4, amara.browser().page(home).select(".question-item").size());
        assertFalse(amara.browser().page(home).text().contains("Due "), "no due date any more");

        // The student's answer box counts words as they type, against the minimum.
        window.signedInWith(amara.browser().cookie("rt_session")).go(lesson.discussionPath(1));
        assertTrue(window.text("#answer-body-hint").startsWith("At least 5 words."));
        window.type("#answer-body", "- Talks need *trust* first");
        window.await(d -> window.text("output.word-count").startsWith("4 words"));
        assertTrue(window.text("output.word-count").contains("1 more word to reach 5"), window.text(
                "output.word-count"));
        window.find("#answer-body").sendKeys(" today.");
        window.await(d -> window.text("output.word-count").equals("5 words"));
    }

    @Test
    void editAnAssignmentWithoutJavaScript() {
        window = Window.withoutJavaScript();
        window.signedInWith(teacher.browser().cookie("rt_session")).go("/teach/classes/" + lesson.id());
        window.press("main", "Edit assignment");
        field("Minimum words per answer").sendKeys("7");
        field("Score out of").sendKeys("10");
        questionLabel(4).click();
        window.press("main form", "Save changes");
        assertTrue(window.bodyText().contains("3 of 4 questions assigned"), window.bodyText());

        window.signedInWith(amara.browser().cookie("rt_session")).go(lesson.discussionPath(1));
        assertTrue(window.text("#answer-body-hint").startsWith("At least 7 words."));
        assertFalse(window.find("output.word-count").isDisplayed(), "without the script only the hint shows");
        assertEquals(404, amara.browser().get(lesson.discussionPath(4)).statusCode());
        assertEquals(3, amara.browser().page("/classes/" + lesson.id()).select(".question-item").size());
    }

    /** The label whose visible text starts with {@code text}. */
    private WebElement label(String text) {
        return window.all("main label").stream().filter(l -> l.getText().strip().startsWith(text)).findFirst()
                .orElseThrow(() -> new AssertionError("No label \"" + text + "\" on " + window.path()));
    }

    /** The control a label names, found as a person finds it: by the label's text. */
    private WebElement field(String text) {
        WebElement label = label(text);
        String id = label.getDomAttribute("for");
        return id != null ? window.find("#" + id) : label.findElement(By.cssSelector("input"));
    }

    /** The label of the article's question {@code position} in the questions list. */
    private WebElement questionLabel(int position) {
        return window.all("#questions label").stream().filter(l -> l.getText().strip().startsWith(position + ". "))
                .findFirst().orElseThrow(() -> new AssertionError("No question " + position));
    }
}
