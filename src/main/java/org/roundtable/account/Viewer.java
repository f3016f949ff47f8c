package org.roundtable.account;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is asking, as the session resolved it. Carried on the SecurityIdentity so a
 * request looks its session up once.
 */
public record Viewer(long accountId, long sessionId, Account.Kind kind, String displayName, boolean admin,
        boolean mustChangePassword, String language) {

    static final String ATTRIBUTE = "roundtable.viewer";

    /** The viewer of a signed-in identity, or null for an anonymous one. */
    public static Viewer of(SecurityIdentity identity) {
        return identity == null || identity.isAnonymous() ? null : identity.getAttribute(ATTRIBUTE);
    }

    public boolean isTeacher() {
        return kind == Account.Kind.TEACHER;
    }

    public boolean isStudent() {
        return kind == Account.Kind.STUDENT;
    }
}
