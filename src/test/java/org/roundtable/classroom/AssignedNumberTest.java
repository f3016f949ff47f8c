package org.roundtable.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.roundtable.support.ClassWithStudents;

import io.quarkus.test.junit.QuarkusTest;

/** The discussion page says which of the assigned questions it is, and what an answer needs. */
@QuarkusTest
class AssignedNumberTest extends ClassWithStudents {

    AssignedNumberTest() {
        super("mrnumber", "Number class", "Ana", "Ben");
    }

    @Test
    void discussionSaysWhichOfTheAssignedQuestions() {
        assertEquals(303, AssignmentEdits.save(teacher.browser(), c.id(), c.assignmentId(), Map.of(),
                List.of(c.questions().get(1), c.questions().get(3))).statusCode());
        Document second = ana.browser().page(c.discussionPath(2));
        assertEquals("Question 1 of 2 assigned", second.select(".page-head .eyebrow").text());
        assertEquals("Question 1", second.select(".breadcrumb [aria-current=page]").text());
        assertTrue(second.title().startsWith("Question 1:"), second.title());
        Document fourth = ana.browser().page(c.discussionPath(4));
        assertEquals("Question 2 of 2 assigned", fourth.select(".page-head .eyebrow").text());
        assertEquals("Question 2", fourth.select(".breadcrumb [aria-current=page]").text());
    }

    @Test
    void answerBoxShowsTheMinimum() {
        AssignmentEdits.save(teacher.browser(), c.id(), c.assignmentId(), Map.of("minWords", "150"), c.questions());
        Document page = ana.browser().page(q1);
        assertTrue(page.select("#answer-body-hint").text().startsWith("At least 150 words."),
                page.select("#answer-body-hint").text());
        Element count = page.selectFirst("output.word-count[for=answer-body]");
        assertNotNull(count);
        assertEquals("150", count.attr("data-min"));
        assertNotEquals(page.select("label[for=answer-body]").text(), page.select("#compose-title").text(),
                "the card does not say the same thing twice");

        AssignmentEdits.save(teacher.browser(), c.id(), c.assignmentId(), Map.of("minWords", "1"), c.questions());
        assertTrue(ana.browser().page(q1).select("#answer-body-hint").text().startsWith("At least 1 word."));
    }

    @Test
    void editingAnAnswerShowsTheMinimum() {
        AssignmentEdits.save(teacher.browser(), c.id(), c.assignmentId(), Map.of("minWords", "3"), c.questions());
        long post = answer(ana, "An answer of enough words.");
        Document edit = ana.browser().page(q1 + "/posts/" + post + "/edit");
        assertEquals("At least 3 words.", edit.select("#body-hint").text());
        assertNotNull(edit.selectFirst("output.word-count[for=body][data-min=3]"));
    }
}
