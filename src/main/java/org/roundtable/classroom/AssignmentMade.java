package org.roundtable.classroom;

/** A teacher put a new assignment in front of a class, inside the transaction that made it. Observed by the students' notices. */
public record AssignmentMade(long classId, long assignmentId) {
}
