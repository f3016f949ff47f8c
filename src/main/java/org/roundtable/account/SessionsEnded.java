package org.roundtable.account;

/**
 * Sessions just ended, inside the transaction that ended them: one session, or every
 * session of an account (sessionId null). Observed where sessions are held open, such
 * as live streams, so that whatever ends a session ends everything it opened.
 */
public record SessionsEnded(long accountId, Long sessionId) {

    public static SessionsEnded one(long accountId, long sessionId) {
        return new SessionsEnded(accountId, sessionId);
    }

    public static SessionsEnded allOf(long accountId) {
        return new SessionsEnded(accountId, null);
    }

    public boolean allSessions() {
        return sessionId == null;
    }
}
