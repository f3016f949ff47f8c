package org.roundtable.moderation;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import org.roundtable.account.Viewer;
import org.roundtable.classroom.Classroom;
import org.roundtable.classroom.Discussion;
import org.roundtable.classroom.Enrollment;
import org.roundtable.discussion.Activity;
import org.roundtable.discussion.DiscussionChanged;
import org.roundtable.discussion.Post;
import org.roundtable.discussion.PostChanged;
import org.roundtable.discussion.QueueChanged;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

/**
 * Moderation actions. Each changes posts, discussions or enrollments and writes one
 * line to the class's audit log in the same transaction, so the log never misses an
 * action and never records one that did not happen.
 */
@ApplicationScoped
public class Moderation {

    private final Event<Object> changes;
    private final Activity activity;

    private final Clock clock;

    Moderation(Event<Object> changes, Activity activity, Clock clock) {
        this.clock = clock;
        this.changes = changes;
        this.activity = activity;
    }

    /** Approves, hides, restores, removes, endorses or unendorses a post; hiding and removing tell its author why. */
    public void review(Viewer teacher, Classroom classroom, Post post, ModerationAction.Kind kind, String reason) {
        boolean wasWaiting = post.status.isPending() || post.editWaiting();
        switch (kind) {
            case APPROVE -> post.approve(clock.instant());
            case HIDE -> post.hide(reason);
            case RESTORE -> post.restore(clock.instant());
            case REMOVE -> post.remove(reason);
            case ENDORSE, UNENDORSE -> post.endorsed = kind == ModerationAction.Kind.ENDORSE;
            default -> throw new IllegalArgumentException(kind + " is not done to a post");
        }
        log(teacher, classroom, kind, post, reason);
        changes.fire(new PostReviewed(classroom.id, post.id, kind, wasWaiting));
    }

    public void lock(Viewer teacher, Classroom classroom, Discussion discussion, boolean locked) {
        discussion.locked = locked;
        changes.fire(new DiscussionChanged(classroom.id, discussion.id));
        ModerationAction action = entry(teacher, classroom,
                locked ? ModerationAction.Kind.LOCK : ModerationAction.Kind.UNLOCK, null);
        action.discussionId = discussion.id;
        action.persist();
    }

    public void mute(Viewer teacher, Classroom classroom, Enrollment student, Instant until, String reason) {
        student.mutedUntil = until;
        student(teacher, classroom, ModerationAction.Kind.MUTE, student, reason);
    }

    public void unmute(Viewer teacher, Classroom classroom, Enrollment student) {
        student.mutedUntil = null;
        student(teacher, classroom, ModerationAction.Kind.UNMUTE, student, null);
    }

    /** Logs an action on a student (mute, removal, new return code). */
    public void student(Viewer teacher, Classroom classroom, ModerationAction.Kind kind, Enrollment student,
            String reason) {
        ModerationAction action = entry(teacher, classroom, kind, reason);
        action.targetAccountId = student.account.id;
        action.targetName = student.displayName;
        action.persist();
    }

    /** Logs the removal of a student whose name must not be kept. */
    public void anonymousStudent(Viewer teacher, Classroom classroom, ModerationAction.Kind kind, String reason) {
        entry(teacher, classroom, kind, reason).persist();
    }

    private void log(Viewer teacher, Classroom classroom, ModerationAction.Kind kind, Post post, String reason) {
        changes.fire(PostChanged.of(post));
        changes.fire(new QueueChanged(classroom.id));
        ModerationAction action = entry(teacher, classroom, kind, reason);
        action.postId = post.id;
        action.discussionId = post.discussion.id;
        if (post.author != null) {
            action.targetAccountId = post.author.id;
            Enrollment author = Enrollment.findFor(classroom.id, post.author.id);
            action.targetName = author != null ? author.displayName : post.author.displayName;
        }
        action.persist();
    }

    private ModerationAction entry(Viewer teacher, Classroom classroom, ModerationAction.Kind kind,
            String reason) {
        ModerationAction action = new ModerationAction();
        activity.moderated(kind.name().toLowerCase(Locale.ROOT));
        action.classroomId = classroom.id;
        action.actorId = teacher.accountId();
        action.actorName = teacher.displayName();
        action.action = kind;
        action.reason = reason == null || reason.isBlank() ? null : reason.strip();
        action.createdAt = clock.instant();
        return action;
    }
}
