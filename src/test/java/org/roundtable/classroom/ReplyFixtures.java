package org.roundtable.classroom;

import java.time.Instant;

import org.roundtable.discussion.Post;
import org.roundtable.discussion.PostStatus;
import org.roundtable.moderation.ModerationAction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** What the required-replies tests set up beside the shared fixtures: a requirement, a post waiting. */
@ApplicationScoped
public class ReplyFixtures {

    /** Asks for replies to {@code classmates} with these due dates (null: none). */
    @Transactional
    public void require(long assignmentId, Integer classmates, Instant due, Instant repliesDue) {
        Assignment assignment = Assignment.findById(assignmentId);
        assignment.requiredReplies = classmates;
        assignment.dueAt = due;
        assignment.repliesDueAt = repliesDue;
    }

    /** Puts a post back to waiting for the teacher's approval, as in a pre-moderated class. */
    @Transactional
    public void waiting(long postId) {
        Post.<Post>findById(postId).status = PostStatus.PENDING;
    }

    /** The reason of the class's newest audit row. */
    @Transactional
    public String lastAudit(long classId) {
        return ModerationAction.<ModerationAction>find("classroomId = ?1 order by id desc", classId)
                .firstResult().reason;
    }

    @Transactional
    public Assignment assignment(long assignmentId) {
        return Assignment.findById(assignmentId);
    }
}
