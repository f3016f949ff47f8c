package org.roundtable.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.roundtable.article.Question;
import org.roundtable.classroom.AssignedQuestions.Numbered;

class AssignedQuestionsTest {

    @Test
    void questionsAreNumberedAmongTheAssignedOnesOfTheirAssignment() {
        Assignment first = assignment(1);
        Assignment second = assignment(2);
        List<Numbered> numbered = AssignedQuestions.of(List.of(discussion(first, "Why?", false),
                discussion(first, "Who decides?", true), discussion(first, "What now?", false),
                discussion(second, "Where?", false)));

        assertEquals(List.of(1, 0, 2, 1), numbered.stream().map(Numbered::number).toList());
        assertEquals(List.of(2, 2, 2, 1), numbered.stream().map(Numbered::of).toList());
        assertTrue(numbered.get(1).withdrawn());
        assertEquals("Question 2: What now?", numbered.get(2).label());
    }

    @Test
    void aLabelKeepsTheFirstWordsOfALongQuestion() {
        Numbered numbered = AssignedQuestions
                .of(List.of(discussion(assignment(1), "Should schools lock phones away during the whole day?", false)))
                .get(0);

        assertEquals("Question 1: Should schools lock phones away during…", numbered.label());
    }

    private static Assignment assignment(long id) {
        Assignment assignment = new Assignment();
        assignment.id = id;
        return assignment;
    }

    private static Discussion discussion(Assignment assignment, String text, boolean withdrawn) {
        Question question = new Question();
        question.text = text;
        Discussion discussion = new Discussion();
        discussion.assignment = assignment;
        discussion.question = question;
        discussion.withdrawn = withdrawn;
        return discussion;
    }
}
