package org.roundtable.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.roundtable.support.BrowserTest;
import org.roundtable.support.Fixtures;
import org.roundtable.support.FreshData;
import org.roundtable.support.Window;

import io.quarkus.test.junit.QuarkusTest;

/** A student's lesson in a real browser, from the class code to flagging a classmate's post. */
@QuarkusTest
@BrowserTest
class StudentJourneyTest extends FreshData {

    Fixtures.TestClass lesson;
    long classmateAnswer;
    Window window;

    @BeforeEach
    void setUp() {
        long teacher = fixtures.teacher("ms.rivera", "correct horse battery", false);
        lesson = fixtures.createClass("Period 3 Civics", 0, teacher);
        long ben = fixtures.enrol(lesson.id(), "Ben T", "ABCD-EFGH");
        classmateAnswer = fixtures.post(lesson.discussions().get(0), ben, null, "The mediator matters most.");
        window = Window.open();
    }

    @Test
    void joinReadAnswerReplyEditDeleteAndFlag() {
        // Join with the class code and a display name; the return code is shown once.
        window.go("/join").type("#code", lesson.code()).type("#name", "Amara K").press("main form", "Join class");
        assertTrue(window.text("h1").startsWith("Welcome to Period 3 Civics, Amara K"), window.text("h1"));
        assertTrue(window.text(".return-code").matches("[A-Z0-9]{4}-[A-Z0-9]{4}"), window.text(".return-code"));
        window.press("main", "Go to your class");
        assertEquals("/classes/" + lesson.id(), window.path());

        // Read the article; the table of contents jumps to a section.
        window.press("main", "Read the article");
        WebElement contents = window.all(".toc a").get(2);
        String section = contents.getText();
        contents.click();
        window.await(d -> window.path().contains("#"));
        String anchor = window.path().substring(window.path().indexOf('#') + 1);
        WebElement heading = window.find("#" + anchor + " h2");
        assertEquals(section, heading.getText());
        window.await(d -> ((Number) window.script("return arguments[0].getBoundingClientRect().top;", heading))
                .doubleValue() < 200);

        // Open the first question: classmates' answers stay hidden until one's own is posted.
        window.follow(window.all(".questions-panel a").get(0));
        assertTrue(window.has(".banner-info"));
        assertFalse(window.bodyText().contains("The mediator matters most."));

        window.type("#answer-body", "Skipping the talks kept *pressure* on Russia.");
        new Select(window.find("#answer-section")).selectByVisibleText(section);
        window.choose("stance", "AGREE");
        window.press("#answer-form", "Post answer");
        WebElement mine = window.await(d -> window.all(".post.depth-0").stream()
                .filter(p -> p.getText().contains("kept pressure on Russia")).findFirst().orElse(null));
        String mineId = mine.getDomAttribute("id");
        assertTrue(mine.getText().contains("Agree"), mine.getText());
        assertTrue(mine.findElement(org.openqa.selenium.By.cssSelector(".cites a")).getText().equals(section));
        assertEquals("pressure", mine.findElement(org.openqa.selenium.By.cssSelector(".post-body em")).getText());
        assertTrue(window.bodyText().contains("The mediator matters most."), "classmates are shown after answering");

        // Reply to the classmate.
        window.press("#post-" + classmateAnswer + " .post-actions", "Reply");
        window.type("#reply-body", "Which mediator, though?");
        window.press("#reply-form", "Post reply");
        WebElement reply = window.await(d -> window.all(".post.depth-1").stream()
                .filter(p -> p.getText().contains("Which mediator, though?")).findFirst().orElse(null));
        assertTrue(reply.getText().contains("You"));

        // Edit the answer.
        window.press("#" + mineId + " .post-actions", "Edit");
        assertEquals("Edit your post", window.text("h1"));
        window.type("#body", "Skipping the talks kept pressure on Russia, I think.");
        window.press("main form", "Save changes");
        WebElement edited = window.await(d -> window.find("#" + mineId));
        assertTrue(edited.getText().contains("I think."), edited.getText());
        assertTrue(edited.getText().contains("edited"));

        // Delete the reply.
        String replyId = window.all(".post.depth-1").stream()
                .filter(p -> p.getText().contains("Which mediator")).findFirst().orElseThrow().getDomAttribute("id");
        window.press("#" + replyId + " .post-actions", "Delete");
        assertEquals("Delete your post?", window.text("h1"));
        window.press("main form", "Delete post");
        window.await(d -> window.has("#" + mineId));
        assertFalse(window.bodyText().contains("Which mediator, though?"));

        // Flag the classmate's answer.
        window.press("#post-" + classmateAnswer + " .post-actions", "Flag");
        window.choose("reason", "UNKIND");
        window.type("#note", "It sounded harsh to me.");
        window.press("main form", "Flag post");
        window.await(d -> window.has("#post-" + classmateAnswer));
        assertTrue(window.bodyText().contains("Your teacher will look at"), "the student is told the flag was sent");
        assertEquals(1, fixtures.countWhere(org.roundtable.discussion.Flag.class, "post.id", classmateAnswer));
    }
}
