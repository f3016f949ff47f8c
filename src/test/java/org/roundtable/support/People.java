package org.roundtable.support;

/**
 * Signed-in browsers for tests: a teacher with a class and two students in it.
 */
public final class People {

    public record Person(long id, Browser browser) {
    }

    /** The password of the teachers made here. */
    public static final String PASSWORD = "correct horse battery";

    private People() {
    }

    public static Person teacher(Fixtures fixtures, String username) {
        long id = fixtures.teacher(username, PASSWORD, false);
        return signedIn(fixtures, id);
    }

    public static Person student(Fixtures fixtures, long classId, String name) {
        long id = fixtures.enrol(classId, name, "ABCD-EFGH");
        return signedIn(fixtures, id);
    }

    public static Person signedIn(Fixtures fixtures, long accountId) {
        Browser browser = new Browser();
        browser.setCookie("rt_session", fixtures.signIn(accountId));
        return new Person(accountId, browser);
    }
}
