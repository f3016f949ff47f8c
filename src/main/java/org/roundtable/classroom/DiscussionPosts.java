package org.roundtable.classroom;

/**
 * What the discussion package knows of a discussion's posts, asked before a teacher's own question is removed: one
 * with posts is only taken away, so its posts stay for the teacher. Implemented above, since classroom may not read
 * the posts table.
 */
public interface DiscussionPosts {

    /** Whether the discussion has any post, in any state. */
    boolean any(long discussionId);
}
