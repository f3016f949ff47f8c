package org.roundtable.classroom;

import org.roundtable.account.Viewer;

/**
 * The teacher changed an assignment, inside the transaction that changed it. Fired here and
 * observed by the audit log (moderation, which classroom must not call) and, for a question
 * taken away or brought back, by the discussion's open pages.
 *
 * @param discussionId the question's discussion, or null for a change of the assignment's fields
 * @param summary what changed, in words, for the audit log
 */
public record AssignmentChanged(Viewer teacher, long classId, long assignmentId, Long discussionId, Change change,
        String summary) {

    public enum Change {
        /** Due date, minimum words, instructions, maximum score or required replies. */
        EDITED,
        /** A question newly assigned: its discussion opened. */
        ADDED,
        /** A question taken away: hidden from students, its posts kept. */
        WITHDRAWN,
        /** A question taken away earlier, assigned again with its posts. */
        RESTORED
    }
}
