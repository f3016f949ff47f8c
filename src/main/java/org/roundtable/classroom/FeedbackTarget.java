package org.roundtable.classroom;

import java.util.Map;

import org.jboss.resteasy.reactive.RestPath;

/**
 * One student's feedback on one assignment, as the feedback page and the grading page both save it: the class
 * owned by the signed-in teacher, and the assignment and the student in it.
 */
public record FeedbackTarget(Classroom classroom, Assignment assignment, Enrollment student) {

    /** The ids in the path of a route that saves feedback. */
    public static class Ids {

        @RestPath
        public long classId;

        @RestPath
        public long assignmentId;

        @RestPath
        public long studentId;

        /** 404 for an unknown class, assignment or student, 403 for a class of another teacher. */
        public FeedbackTarget load(ClassPages pages) {
            Classroom classroom = pages.owned(classId);
            return new FeedbackTarget(classroom, OwnedClass.assignment(classroom, assignmentId),
                    OwnedClass.student(classroom, studentId));
        }
    }

    /**
     * Saves the form once it passes {@link FeedbackForm#validate(Integer)}, and tells the student's notices when there
     * is feedback to read.
     *
     * @return what keeps the feedback from being saved; empty once it is saved
     */
    public Map<String, String> save(FeedbackForm form, ClassPages pages) {
        Map<String, String> errors = form.validate(assignment.maxScore);
        if (errors.isEmpty() && Feedback.save(assignment, student.account, form.cleanComment(),
                form.scoreFor(assignment.maxScore), pages.now()) != null) {
            pages.tell(new FeedbackGiven(classroom.id, assignment.id, student.account.id));
        }
        return errors;
    }
}
