package org.roundtable.account;

import io.quarkus.qute.TemplateData;

/**
 * The addresses of the account pages, for the resources' {@code @Path}s, their redirects and the templates
 * ({@code {account:SIGN_IN}}), so a link and the page it leads to cannot drift apart.
 */
@TemplateData(namespace = "account")
public final class AccountPaths {

    /** The site's start page, where signing out lands (the web package serves it). */
    public static final String SITE_HOME = "/";
    public static final String SIGN_IN = "/signin";
    public static final String SIGN_OUT = "/signout";
    /** A teacher's own account page: their display name. */
    public static final String ACCOUNT = "/account";
    public static final String PASSWORD = ACCOUNT + "/password";
    public static final String TEACHERS = "/admin/teachers";
    /** Where students sign in again with their return code (the classroom package serves it). */
    public static final String STUDENT_RETURN = "/return";
    /** The same, telling a student who opened a class link that they are not signed in to the class. */
    public static final String STUDENT_SIGNED_OUT = STUDENT_RETURN + "?signedOut=1";
    /** The students' pages: a visitor without a session is sent to {@link #STUDENT_SIGNED_OUT} from these. */
    public static final String STUDENT_AREA = "/classes/";
    /** The teachers' dashboard, where a sign-in lands unless told otherwise. */
    public static final String TEACHER_HOME = "/teach";

    private AccountPaths() {
    }

    /** Where the admin page posts an action on a teacher: {@code /admin/teachers/7/disable}. */
    static String teacherAction(Account account, String action) {
        return TEACHERS + "/" + account.id + "/" + action;
    }
}
