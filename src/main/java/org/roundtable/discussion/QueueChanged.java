package org.roundtable.discussion;

/**
 * Something new waits for the teacher of a class (a post to approve, a flag), inside the
 * transaction that caused it. Observed by open moderation queues.
 */
public record QueueChanged(long classId) {
}
