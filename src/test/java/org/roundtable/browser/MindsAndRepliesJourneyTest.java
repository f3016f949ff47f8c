package org.roundtable.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.roundtable.support.BrowserTest;
import org.roundtable.support.Fixtures;
import org.roundtable.support.Window;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * In a real browser, as a student and a teacher would: Ada says where she stands before reading, answers,
 * replies to Ben (her class home counts the required reply), then says the discussion changed her mind,
 * crediting Ben's post; the teacher's chart moves with her.
 */
@QuarkusTest
@BrowserTest
class MindsAndRepliesJourneyTest {

    @Inject
    Fixtures fixtures;

    Fixtures.TestClass lesson;
    Window ada;
    Window teacher;
    long benAnswer;

    @BeforeEach
    void setUp() {
        long teacherId = fixtures.onlyTeacher("civics");
        lesson = fixtures.createClass("Period 2 Civics", 0, teacherId);
        fixtures.configure(lesson.id(), c -> c.postFirst = false);
        fixtures.requireReplies(lesson.assignmentId(), 1);
        long adaId = fixtures.enrol(lesson.id(), "Ada L", "ABCD-EFGH");
        long benId = fixtures.enrol(lesson.id(), "Ben T", "ABCD-EFGH");
        benAnswer = fixtures.post(lesson.discussions().get(0), benId, null,
                "A mediator both sides trust matters most.");
        ada = Window.open().signedInWith(fixtures.signIn(adaId));
        teacher = Window.open().signedInWith(fixtures.signIn(teacherId));
    }

    @Test
    void aStudentsReplyCountsAndHerChangedMindMovesTheTeachersChart() {
        String discussion = lesson.discussionPath(1);
        String home = "/classes/" + lesson.id();
        assertTrue(ada.go(home).text(".checkpoint").contains("replied to 0 of 1 classmate"), ada.text(".checkpoint"));

        ada.go(discussion).choose("position", "AGREE").press("#before-form", "Save where I stand");
        ada.type("#answer-body", "Talks without the leaders present were never going to work.")
                .choose("stance", "AGREE").press("#answer-form", "Post answer");
        ada.press("#post-" + benAnswer + " .post-actions", "Reply");
        ada.type("#reply-body", "Why would a mediator change what the leaders want?").press("#reply-form",
                "Post reply");
        assertTrue(ada.go(home).text(".checkpoint").contains("replied to 1 of 1 classmate"), ada.text(".checkpoint"));

        teacher.go(discussion);
        assertEquals("1", teacher.text(".minds-row-agree .minds-before-count"));
        assertEquals("1", teacher.text(".minds-row-agree .minds-after-count"),
                "no change said yet: she stands where she did");

        ada.go(discussion).choose("position", "DISAGREE").type("#after-reason", "Ben's point about trust");
        new Select(ada.find("#after-creditedPost")).selectByValue(String.valueOf(benAnswer));
        ada.press("#after-form", "I changed my mind");
        assertEquals("0", ada.text(".minds-row-agree .minds-after-count"),
                "after posting she sees the class's figures");
        assertEquals("1", ada.text(".minds-row-disagree .minds-after-count"));
        assertTrue(ada.all(".minds-credits").isEmpty(), "students never see who was credited");

        teacher.go(discussion);
        assertEquals("1", teacher.text(".minds-row-agree .minds-before-count"));
        assertEquals("0", teacher.text(".minds-row-agree .minds-after-count"));
        assertEquals("1", teacher.text(".minds-row-disagree .minds-after-count"));
        assertTrue(teacher.text(".minds-moves").contains("Agree → Disagree: 1"), teacher.text(".minds-moves"));
        assertTrue(teacher.text(".minds-credits").contains("Ben T"), teacher.text(".minds-credits"));
    }
}
