package org.roundtable.grading;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.roundtable.classroom.Assignment;
import org.roundtable.classroom.Classroom;
import org.roundtable.classroom.Enrollment;
import org.roundtable.language.Messages;
import org.roundtable.overview.Checkpoints;
import org.roundtable.overview.Transcript;

/**
 * One page of grading: the class's students with where each stands, the one being graded, their posts in
 * the assignment, and the feedback form as stored or as just typed.
 *
 * @param current the student being graded; null when nobody has joined
 * @param headings each question's heading by its position in the article ("Question 2: Should…")
 * @param savedCommentHtml the stored comment rendered, for the teacher to see it as the student will
 * @param saved the student whose feedback was just saved, or null
 */
public record GradingView(Classroom classroom, Assignment assignment, String articleTitle, List<Row> students,
        Enrollment current, List<Transcript.Entry> posts, Map<Integer, String> headings, Form form,
        String savedCommentHtml, Instant updatedAt, Enrollment saved) {

    /**
     * A student in the list: their standing, whether they are the one shown and, when the assignment asks for
     * replies, where they stand on its answers and replies (else null).
     */
    public record Row(Enrollment student, Standing standing, boolean current, Checkpoints.Checkpoint checkpoint) {
    }

    /** The form's values and its errors (field → message). */
    public record Form(String comment, String score, Map<String, String> errors) {
    }

    public String heading(int questionPosition) {
        return headings.getOrDefault(questionPosition, Messages.now(GradingMsg.class).question());
    }

    public String action() {
        return GradingPaths.gradingAction(classroom, assignment.id, current.account.id);
    }

    public String page(Row row) {
        return GradingPaths.gradingPage(classroom, assignment.id, row.student().account.id);
    }

    /** The position of the shown student in the list, from 1, for "Student 2 of 28". */
    public int place() {
        for (int i = 0; i < students.size(); i++) {
            if (students.get(i).current()) {
                return i + 1;
            }
        }
        return 0;
    }
}
