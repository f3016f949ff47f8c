package org.roundtable.classroom;

import java.time.Duration;

import org.roundtable.account.Viewer;

/**
 * The class a typed code opens ({@link JoinGuard#lookUp}), with what the join form needs
 * to know about it: who already has the typed name, and the signed-in student's own place in
 * it. {@code retryAfter} is not zero when the code was not even looked up, because this browser or
 * address has guessed too many wrong codes.
 */
record JoinTarget(Classroom classroom, Enrollment named, Enrollment mine, Duration retryAfter) {

    static final JoinTarget NONE = new JoinTarget(null, null, null, Duration.ZERO);

    static JoinTarget refused(Duration retryAfter) {
        return new JoinTarget(null, null, null, retryAfter);
    }

    /** A signed-in student who is not in the class yet may add it to their own account. */
    boolean canJoinAs(Viewer viewer) {
        return viewer != null && viewer.isStudent() && mine == null;
    }

    boolean nameTaken() {
        return named != null;
    }

    boolean refused() {
        return !retryAfter.isZero();
    }

    /** The signed-in student is already in the class under the name they typed: just go in. */
    boolean alreadyIn(String displayName) {
        return mine != null && displayName != null && mine.nameKey.equals(Enrollment.nameKey(displayName));
    }
}
