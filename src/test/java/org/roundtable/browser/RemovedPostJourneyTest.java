package org.roundtable.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.roundtable.support.BrowserTest;
import org.roundtable.support.Fixtures;
import org.roundtable.support.FreshData;
import org.roundtable.support.Window;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A student is told when the teacher removes their post: the teacher removes it from the
 * discussion page's "Moderate" disclosure, and the student finds the notice on the class home
 * and the reason in the discussion, with JavaScript on and off.
 */
@QuarkusTest
@BrowserTest
class RemovedPostJourneyTest extends FreshData {

    private static final String ANSWER = "Talks are pointless, and so is this question.";

    Fixtures.TestClass lesson;
    long teacher;
    long amara;
    long amarasAnswer;

    @BeforeEach
    void setUp() {
        teacher = fixtures.teacher("ms.rivera", "correct horse battery", false);
        lesson = fixtures.createClass("Period 3 Civics", 0, teacher);
        amara = fixtures.enrol(lesson.id(), "Amara K", "ABCD-EFGH");
        amarasAnswer = fixtures.post(lesson.discussions().get(0), amara, null, ANSWER);
    }

    @Test
    void theStudentIsToldTheirPostWasRemoved() {
        removeAndSeeTheNotice(Window::open);
    }

    @Test
    void theStudentIsToldTheirPostWasRemovedWithoutJavaScript() {
        removeAndSeeTheNotice(Window::withoutJavaScript);
    }

    private void removeAndSeeTheNotice(Supplier<Window> windows) {
        try (Window window = windows.get().signedInWith(fixtures.signIn(teacher))) {
            String post = "#post-" + amarasAnswer;
            window.go(lesson.discussionPath(1));
            WebElement moderate = window.find(post + " summary");
            assertTrue(moderate.getText().startsWith("Moderate"), moderate.getText());
            moderate.click();
            WebElement reason = window.find(post + " label[for^=hide-reason]");
            assertEquals("Reason", reason.getText());
            window.type("#" + reason.getDomAttribute("for"), "Off topic");
            window.press(post + " .moderate", "Remove");
            assertTrue(window.path().startsWith(lesson.discussionPath(1)), window.path());
            assertFalse(window.bodyText().contains(ANSWER), "the teacher sees the placeholder, not the text");
        }
        try (Window window = windows.get().signedInWith(fixtures.signIn(amara))) {
            window.go("/classes/" + lesson.id());
            String notice = window.text(".removed-notices");
            assertTrue(notice.contains("Your teacher removed your post on Question 1: Off topic"), notice);

            window.follow(window.find(".removed-notices").findElement(By.linkText("Question 1")));
            assertTrue(window.path().startsWith(lesson.discussionPath(1)), window.path());
            assertTrue(window.bodyText().contains("Your teacher removed this post: Off topic"), window.bodyText());
            assertFalse(window.bodyText().contains(ANSWER), "the removed text is gone for its author too");
        }
    }
}
