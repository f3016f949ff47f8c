package org.roundtable.discussion;

import org.roundtable.language.Messages;

/**
 * Where a post stands, stored as its name, and how each reader is told: the wording lives here,
 * the decision of who sees what in {@link Visibility}.
 */
public enum PostStatus {

    /** Visible to the class. */
    PUBLISHED,
    /** Waiting for the teacher's approval (pre-moderation). */
    PENDING,
    /** Hidden by the teacher, with a reason its author sees. */
    HIDDEN,
    /** Deleted by its author; replies keep a placeholder. */
    DELETED,
    /** Removed by the teacher; kept for the moderation log. */
    REMOVED;

    /** What the teacher reads in transcripts and exports, in the language being spoken. */
    public String label() {
        PostMsg words = words();
        return switch (this) {
            case PUBLISHED -> words.statusPublished();
            case PENDING -> words.statusPending();
            case HIDDEN -> words.statusHidden();
            case DELETED -> words.statusDeleted();
            case REMOVED -> words.statusRemoved();
        };
    }

    /** The shorter word of the moderation queue, where the tab says the rest. */
    public String queueLabel() {
        PostMsg words = words();
        return switch (this) {
            case PENDING -> words.queuePending();
            case HIDDEN -> words.queueHidden();
            case REMOVED -> words.queueRemoved();
            default -> label();
        };
    }

    private static PostMsg words() {
        return Messages.now(PostMsg.class);
    }

    public boolean isPublished() {
        return this == PUBLISHED;
    }

    public boolean isPending() {
        return this == PENDING;
    }

    public boolean isHidden() {
        return this == HIDDEN;
    }

    /** Hidden or removed by the teacher. */
    public boolean isModeratedAway() {
        return this == HIDDEN || this == REMOVED;
    }

    /** The enum literal as HQL reads it, for the fragments {@link Visibility} derives. */
    String hql() {
        return PostStatus.class.getName() + "." + name();
    }

    /** What stands in a thread in place of a post this reader cannot read. */
    public String placeholder() {
        return switch (this) {
            case DELETED -> words().placeholderDeleted();
            case REMOVED -> words().placeholderRemoved();
            default -> words().placeholderHidden();
        };
    }

    /** The placeholder inside a sentence ("replying to a deleted post"). */
    public String placeholderInline() {
        return switch (this) {
            case DELETED -> words().placeholderDeletedInline();
            case REMOVED -> words().placeholderRemovedInline();
            default -> words().placeholderHiddenInline();
        };
    }

    /** What stands in place of the author's own post the teacher removed: what happened and why. */
    public static String authorPlaceholder(String reason) {
        return reason == null || reason.isEmpty() ? words().removedYours() : words().removedYoursBecause(reason);
    }

    /** What the teacher is told on the page about a post students do not see; null when they see it. */
    public String teacherNotice(boolean flaggedHidden, String hiddenReason) {
        if (flaggedHidden && this != HIDDEN) { // the teacher's own decision, with its reason, comes first
            return words().hiddenByFlags();
        }
        return switch (this) {
            case PUBLISHED -> null;
            case PENDING -> words().awaitsYourApproval();
            default -> hiddenReason == null || hiddenReason.isEmpty() ? words().hiddenFromStudents()
                    : words().hiddenFromStudentsBecause(hiddenReason);
        };
    }

    /** What the author is told on the page about their own post's status; null when there is nothing to say. */
    public String authorNotice(String hiddenReason) {
        return switch (this) {
            case PENDING -> words().waitsForTeacher();
            case HIDDEN -> hiddenReason == null ? words().hiddenNoReason() : words().hiddenByTeacher(hiddenReason);
            default -> null;
        };
    }
}
