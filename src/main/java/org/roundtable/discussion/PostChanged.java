package org.roundtable.discussion;

/**
 * A post was written, edited, flagged, moderated or deleted, inside the transaction that
 * changed it. Observed by whatever shows posts as they change (the live streams).
 */
public record PostChanged(long classId, long discussionId, long postId) {

    public static PostChanged of(Post post) {
        return new PostChanged(post.discussion.classroom.id, post.discussion.id, post.id);
    }
}
