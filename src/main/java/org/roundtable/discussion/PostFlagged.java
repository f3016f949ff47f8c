package org.roundtable.discussion;

/** A student flagged a post, inside the transaction that recorded the flag. Observed by the teacher's notices. */
public record PostFlagged(long classId, long postId) {
}
