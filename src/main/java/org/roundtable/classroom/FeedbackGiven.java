package org.roundtable.classroom;

/**
 * A teacher saved feedback for a student on an assignment (not when they took it away), inside the
 * transaction that saved it. Observed by the student's notices.
 */
public record FeedbackGiven(long classId, long assignmentId, long studentId) {
}
