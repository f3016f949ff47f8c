package org.roundtable.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.roundtable.support.BrowserTest;
import org.roundtable.support.ReadingClass;
import org.roundtable.support.Window;

import io.quarkus.test.junit.QuarkusTest;

/**
 * In a real browser, as a student and a teacher would: Ada says where she stands before reading, answers,
 * replies to Ben (her class home counts the required reply), then says the discussion changed her mind,
 * crediting Ben's post; the teacher's chart moves with her.
 */
@QuarkusTest
@BrowserTest
class MindsAndRepliesJourneyTest extends ReadingClass {

    MindsAndRepliesJourneyTest() {
        super("civics", "Period 2 Civics");
    }

    @Test
    void aStudentsReplyCountsAndHerChangedMindMovesTheTeachersChart() {
        fixtures.requireReplies(lesson.assignmentId(), 1);
        long benAnswer = answer(benId, "A mediator both sides trust matters most.");
        Window teacher = windowOf(teacherId);
        assertTrue(ada.go(classHome).text(".checkpoint").contains("replied to 0 of 1 classmate"),
                ada.text(".checkpoint"));

        ada.go(discussion).choose("position", "AGREE").press("#before-form", "Save where I stand");
        ada.type("#answer-body", "Talks without the leaders present were never going to work.")
                .choose("stance", "AGREE").press("#answer-form", "Post answer");
        ada.press("#post-" + benAnswer + " .post-actions", "Reply");
        ada.type("#reply-body", "Why would a mediator change what the leaders want?").press("#reply-form",
                "Post reply");
        assertTrue(ada.go(classHome).text(".checkpoint").contains("replied to 1 of 1 classmate"),
                ada.text(".checkpoint"));

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
