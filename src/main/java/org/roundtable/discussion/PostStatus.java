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
    REMOVED;

    /**
     * Post first: which of a student's answers let them see classmates' answers, as an HQL
     * condition on a post and its class. A published answer does (flags do not take it back:
     * classmates must not be able to shut a student out); so does one still waiting in a class
     * that has no pre-moderation (any more), which the teacher has not reviewed. A waiting answer
     * in a pre-moderated class does not, nor one the teacher hid or removed, nor a deleted one.
     * The one statement of the rule: the discussion page and the class home both use it.
     */
    static String unlocksPostFirst(String post, String classroom) {
        return "(" + post + ".status = org.roundtable.discussion.PostStatus.PUBLISHED or (" + post
                + ".status = org.roundtable.discussion.PostStatus.PENDING and " + classroom + ".preModeration = false))";
    }
}
