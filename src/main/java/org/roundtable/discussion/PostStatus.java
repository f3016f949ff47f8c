package org.roundtable.discussion;

/** Where a post stands. Stored as its name. */
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
    REMOVED
}
