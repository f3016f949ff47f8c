package org.roundtable.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.roundtable.grading.GradingFixtures;
import org.roundtable.support.BrowserTest;
import org.roundtable.support.Fixtures;
import org.roundtable.support.FreshData;
import org.roundtable.support.People;
import org.roundtable.support.Window;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** A teacher grades an assignment in a real browser, one student after the other. */
@QuarkusTest
@BrowserTest
class GradingJourneyTest extends FreshData {

    @Inject
    GradingFixtures grading;

    Window window;

    @BeforeEach
    void setUp() {
        window = Window.open();
    }

    /** The field whose label starts with {@code label}, found as a person finds it. */
    private WebElement field(String label) {
        WebElement labelled = window.all("main label").stream()
                .filter(l -> l.getText().strip().startsWith(label)).findFirst()
                .orElseThrow(() -> new AssertionError("No field labelled " + label + " on " + window.path()));
        return window.driver().findElement(By.id(labelled.getDomAttribute("for")));
    }

    @Test
    void gradeWithSaveAndNext() {
        long teacherId = fixtures.teacher("ms.rivera", "correct horse battery", false);
        Fixtures.TestClass c = fixtures.createClass("Period 5 Civics", 0, teacherId);
        grading.maxScore(fixtures.assignmentIds(c.id()).get(0), 10);
        People.Person amara = People.student(fixtures, c.id(), "Amara K");
        People.student(fixtures, c.id(), "Ben T");
        fixtures.post(c.discussions().get(0), amara.id(), null, "Talks need trust first.");

        window.signedInWith(fixtures.signIn(teacherId)).go("/teach/classes/" + c.id());
        window.press(".class-nav", "Participation").press("main", "Grade");
        assertEquals("Amara K", window.text(".grading-students [aria-current]"));
        assertTrue(window.text(".grading-posts").contains("Talks need trust first."));
        field("Comment").sendKeys("You used the text *well*.");
        field("Score out of 10").sendKeys("8");
        window.press("main form", "Save and next student");

        assertEquals("Ben T", window.text(".grading-students [aria-current]"));
        assertTrue(window.text("[role=status]").contains("Feedback for Amara K saved"));
        assertEquals("Graded", window.all(".grading-students .status").get(0).getText());
        Document home = amara.browser().page("/classes/" + c.id());
        assertEquals("well", home.select(".feedback-comment em").text());
        assertEquals("Score: 8 out of 10", home.select(".score").text());
    }
}
