package org.roundtable.grading;

import java.util.List;

import org.roundtable.classroom.Assignment;
import org.roundtable.classroom.Classroom;
import org.roundtable.classroom.ClassroomPaths;

import io.quarkus.qute.TemplateExtension;

/** Addresses of grading: the view per assignment, its form per student, the gradebook download. */
@TemplateExtension
public final class GradingPaths {

    /** An assignment to grade, as a link reads it: where it goes and the article's title. */
    public record Link(String href, String title) {
    }

    private GradingPaths() {
    }

    /** {@code classroom.gradingPage(assignmentId)} → /teach/classes/7/assignments/3/grading */
    public static String gradingPage(Classroom classroom, long assignmentId) {
        return ClassroomPaths.assignment(classroom, assignmentId) + "/grading";
    }

    /** The grading view open at one student. */
    static String gradingPage(Classroom classroom, long assignmentId, long studentId) {
        return gradingPage(classroom, assignmentId) + "?student=" + studentId;
    }

    /** The same after saving the feedback of {@code savedId}, which the page then confirms by name. */
    static String gradingPage(Classroom classroom, long assignmentId, long studentId, long savedId) {
        return gradingPage(classroom, assignmentId, studentId) + "&saved=" + savedId;
    }

    /** Where one student's feedback form posts. */
    static String gradingAction(Classroom classroom, long assignmentId, long studentId) {
        return gradingPage(classroom, assignmentId) + "/" + studentId;
    }

    /** {@code classroom.gradebook} → /teach/classes/7/gradebook.csv */
    public static String gradebook(Classroom classroom) {
        return ClassroomPaths.action(classroom, "gradebook.csv");
    }

    /** {@code classroom.gradingLinks}: one "Grade" link per assignment, for the overview and participation. */
    public static List<Link> gradingLinks(Classroom classroom) {
        List<Assignment> assignments = Assignment.list(
                "from Assignment a join fetch a.article where a.classroom.id = ?1 order by a.createdAt, a.id",
                classroom.id);
        return assignments.stream().map(a -> new Link(gradingPage(classroom, a.id), a.article.title)).toList();
    }
}
