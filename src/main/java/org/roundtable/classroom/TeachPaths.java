package org.roundtable.classroom;


import io.quarkus.qute.TemplateExtension;

/** Addresses of teacher actions, built in one place so templates never concatenate URLs. */
@TemplateExtension
public class TeachPaths {

    /** {@code classroom.action('settings')} → /teach/classes/7/settings */
    static String action(Classroom classroom, String action) {
        return "/teach/classes/" + classroom.id + "/" + action;
    }

    static String discussionAction(Classroom classroom, long discussionId, String action) {
        return "/teach/classes/" + classroom.id + "/discussions/" + discussionId + "/" + action;
    }

    static String postAction(Classroom classroom, long postId, String action) {
        return "/teach/classes/" + classroom.id + "/posts/" + postId + "/" + action;
    }

    static String studentAction(Classroom classroom, long accountId, String action) {
        return "/teach/classes/" + classroom.id + "/students/" + accountId + "/" + action;
    }

    static String feedbackAction(Classroom classroom, long accountId, long assignmentId) {
        return studentAction(classroom, accountId, "feedback/" + assignmentId);
    }

    static String lockAction(Discussion discussion) {
        return "/teach/classes/" + discussion.classroom.id + "/discussions/" + discussion.id
                + (discussion.locked ? "/unlock" : "/lock");
    }
}
