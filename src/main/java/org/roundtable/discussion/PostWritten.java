package org.roundtable.discussion;

/**
 * A new answer or reply was stored, inside the transaction that wrote it (whatever its status: a
 * waiting post too). Observed by what tells people of it (the notices of the author of the post it
 * replies to, and of the teacher).
 */
public record PostWritten(long classId, long postId) {
}
