package org.roundtable.classroom;

import io.quarkus.qute.TemplateExtension;

/**
 * Addresses of a class's pages and teacher actions, built in one place so templates and
 * redirects never concatenate URLs.
 */
@TemplateExtension
public class ClassroomPaths {

    /** {@code classroom.teachHome} → /teach/classes/7, the teacher's page of the class. */
    public static String teachHome(Classroom classroom) {
        return "/teach/classes/" + classroom.id;
    }

    /** {@code classroom.studentHome} → /classes/7, the class as its students see it. */
    public static String studentHome(Classroom classroom) {
        return "/classes/" + classroom.id;
    }

    /** {@code classroom.action('settings')} → /teach/classes/7/settings */
    public static String action(Classroom classroom, String action) {
        return teachHome(classroom) + "/" + action;
    }

    static String discussionAction(Classroom classroom, long discussionId, String action) {
        return action(classroom, "discussions/" + discussionId + "/" + action);
    }

    public static String postAction(Classroom classroom, long postId, String action) {
        return action(classroom, "posts/" + postId + "/" + action);
    }

    public static String studentAction(Classroom classroom, long accountId, String action) {
        return action(classroom, "students/" + accountId + "/" + action);
    }

    static String feedbackAction(Classroom classroom, long accountId, long assignmentId) {
        return studentAction(classroom, accountId, "feedback/" + assignmentId);
    }

    /** {@code classroom.discussionPage(id)} → /classes/7/discussions/12, the discussion itself. */
    public static String discussionPage(Classroom classroom, long discussionId) {
        return studentHome(classroom) + "/discussions/" + discussionId;
    }

    static String lockAction(Discussion discussion) {
        return discussionAction(discussion.classroom, discussion.id, discussion.locked ? "unlock" : "lock");
    }
}
