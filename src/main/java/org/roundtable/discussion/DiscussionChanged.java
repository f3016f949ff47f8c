package org.roundtable.discussion;

/**
 * A discussion was locked or unlocked, or its question taken away or brought back, inside the
 * transaction that changed it. Observed by the open pages of that discussion, whose forms follow.
 */
public record DiscussionChanged(long classId, long discussionId) {
}
