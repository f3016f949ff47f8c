package org.roundtable.classroom;

import java.time.Duration;
import java.util.Map;

import org.roundtable.account.Viewer;

/**
 * The class a typed code opens, read in one short transaction with what the join form needs
 * to know about it: who already has the typed name, and the signed-in student's own place in
 * it. {@code retryAfter} is not zero when the code was not even looked up, because this browser or
 * address has guessed too many wrong codes.
 */
record JoinTarget(Classroom classroom, Enrollment named, Enrollment mine, Duration retryAfter) {

    static final JoinTarget NONE = new JoinTarget(null, null, null, Duration.ZERO);

    static JoinTarget refused(Duration retryAfter) {
        return new JoinTarget(null, null, null, retryAfter);
    }

    /** Looks the code up; puts the reason in {@code errors} when there is no open class behind it. */
    static JoinTarget find(String code, String displayName, Viewer viewer, Map<String, String> errors) {
        Classroom classroom = JoinCodes.isWellFormedJoinCode(code) ? Classroom.findByJoinCode(code) : null;
        if (classroom == null) {
            errors.put("code", "No class has that code. Check it with your teacher: codes have 6 letters and digits.");
            return NONE;
        }
        Enrollment named = displayName == null ? null : Enrollment.findByName(classroom, displayName);
        Enrollment mine = viewer == null ? null : Enrollment.findFor(classroom.id, viewer.accountId());
        return new JoinTarget(classroom, named, mine, Duration.ZERO);
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
