package org.roundtable.moderation;

/**
 * The teacher approved, hid, restored, removed, endorsed or unendorsed a post, inside the transaction
 * that did it. Observed by the author's notices.
 *
 * @param wasWaiting the post (or an edit of it) waited for approval before: only then is an approval news
 */
public record PostReviewed(long classId, long postId, ModerationAction.Kind kind, boolean wasWaiting) {
}
