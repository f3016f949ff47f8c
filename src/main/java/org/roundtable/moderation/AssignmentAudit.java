package org.roundtable.moderation;

import java.time.Clock;

import org.roundtable.account.Account;
import org.roundtable.article.ArticleRevised;
import org.roundtable.classroom.Assignment;
import org.roundtable.classroom.AssignmentChanged;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Writes a change to an assignment, or to an article the class was assigned, into the class's audit log, in the
 * transaction that made it. Classroom fires the change; the log lives here, above it (the discussion's open pages
 * follow a change of its question on their own: {@code AssignedDiscussions}).
 */
@ApplicationScoped
public class AssignmentAudit {

    /** The audit log's reason column holds this many characters. */
    static final int MAX_SUMMARY = 500;

    private final Clock clock;

    AssignmentAudit(Clock clock) {
        this.clock = clock;
    }

    void changed(@Observes AssignmentChanged changed) {
        record(changed.classId(), changed.teacher().accountId(), changed.teacher().displayName(),
                kind(changed.change()), changed.discussionId(), changed.summary());
    }

    /** An edited article: a line in the log of every class that assigned it, saying what changed. */
    void articleRevised(@Observes ArticleRevised revised) {
        Account editor = Account.findById(revised.editorId());
        for (Assignment assignment : Assignment.listForArticle(revised.articleId())) {
            record(assignment.classroom.id, revised.editorId(), editor.displayName,
                    ModerationAction.Kind.EDIT_ARTICLE, null, "“" + revised.title() + "”: " + revised.summary());
        }
    }

    private void record(long classId, long actorId, String actorName, ModerationAction.Kind kind, Long discussionId,
            String summary) {
        ModerationAction action = new ModerationAction();
        action.classroomId = classId;
        action.actorId = actorId;
        action.actorName = actorName;
        action.action = kind;
        action.discussionId = discussionId;
        action.reason = summary.length() > MAX_SUMMARY ? summary.substring(0, MAX_SUMMARY - 1) + "…" : summary;
        action.createdAt = clock.instant();
        action.persist();
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
