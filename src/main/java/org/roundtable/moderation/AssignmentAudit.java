package org.roundtable.moderation;

import java.time.Clock;

import org.roundtable.classroom.AssignmentChanged;
import org.roundtable.discussion.DiscussionChanged;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;

/**
 * Writes a change to an assignment into the class's audit log, in the transaction that made
 * it. Classroom fires the change; the log lives here, above it. A question taken away or
 * brought back also tells its open pages, which the discussion package follows.
 */
@ApplicationScoped
public class AssignmentAudit {

    /** The audit log's reason column holds this many characters. */
    static final int MAX_SUMMARY = 500;

    private final Clock clock;
    private final Event<DiscussionChanged> discussions;

    AssignmentAudit(Clock clock, Event<DiscussionChanged> discussions) {
        this.clock = clock;
        this.discussions = discussions;
    }

    void changed(@Observes AssignmentChanged changed) {
        ModerationAction action = new ModerationAction();
        action.classroomId = changed.classId();
        action.actorId = changed.teacher().accountId();
        action.actorName = changed.teacher().displayName();
        action.action = kind(changed.change());
        action.discussionId = changed.discussionId();
        String summary = changed.summary();
        action.reason = summary.length() > MAX_SUMMARY ? summary.substring(0, MAX_SUMMARY - 1) + "…" : summary;
        action.createdAt = clock.instant();
        action.persist();
        if (changed.discussionId() != null) {
            discussions.fire(new DiscussionChanged(changed.classId(), changed.discussionId()));
        }
    }

    private static ModerationAction.Kind kind(AssignmentChanged.Change change) {
        return switch (change) {
            case EDITED -> ModerationAction.Kind.EDIT_ASSIGNMENT;
            case ADDED -> ModerationAction.Kind.ADD_QUESTION;
            case WITHDRAWN -> ModerationAction.Kind.WITHDRAW_QUESTION;
            case RESTORED -> ModerationAction.Kind.RESTORE_QUESTION;
        };
    }
}
