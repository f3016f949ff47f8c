package org.roundtable.classroom;

import java.time.Instant;

import org.roundtable.account.Account;
import org.roundtable.account.UserSession;

/**
 * The writing half of joining and coming back, each one short transaction run by
 * {@link JoinResource} once the slow part (bcrypt) is done outside it.
 */
final class Enrolling {

    private Enrolling() {
    }

    /** A student now in the class: the new session's token ("" for an existing account), and the place's id. */
    record Enrolled(String token, long enrollmentId) {
    }

    /**
     * Puts a student in the class: the signed-in student {@code accountId}, or a new account
     * (ending the browser's previous session, if any). Returns null when someone took the name
     * in the meantime. The return code's hash may be null: it is written once it is made.
     */
    static Enrolled enroll(long classId, Long accountId, String displayName, String returnCodeHash,
            String previousToken, Instant now) {
        Classroom classroom = Classroom.findById(classId);
        if (Enrollment.findByName(classroom, displayName) != null) {
            return null;
        }
        if (previousToken != null) {
            UserSession.endByToken(previousToken);
        }
        Account account = accountId != null ? Account.findById(accountId) : Account.newStudent(displayName, now);
        Enrollment enrollment = Enrollment.create(classroom, account, displayName, returnCodeHash, now);
        return new Enrolled(accountId != null ? "" : UserSession.open(account, now), enrollment.id);
    }

    /** Signs a returning student in on this browser, ending whoever was signed in on it before. */
    static String comeBack(long enrollmentId, String previousToken, Instant now) {
        if (previousToken != null) {
            UserSession.endByToken(previousToken);
        }
        Enrollment enrollment = Enrollment.findById(enrollmentId);
        enrollment.lastActiveAt = now;
        return UserSession.open(enrollment.account, now);
    }
}
