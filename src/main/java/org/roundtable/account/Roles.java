package org.roundtable.account;

/** Role names used in {@code @RolesAllowed}. */
public final class Roles {

    public static final String STUDENT = "student";
    public static final String TEACHER = "teacher";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
