package org.roundtable.account;

import java.util.Map;
import java.util.function.Consumer;

import org.roundtable.support.Browser;
import org.roundtable.support.Fixtures;
import org.roundtable.support.People;

import io.restassured.response.Response;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Account data the shared fixtures do not cover, and signing in the way a browser does. */
@ApplicationScoped
public class AccountFixtures {

    public static final String SESSION_COOKIE = "rt_session";

    @Transactional
    public void change(long accountId, Consumer<Account> change) {
        change.accept(Account.findById(accountId));
    }

    @Transactional
    public Account account(long accountId) {
        return Account.findById(accountId);
    }

    @Transactional
    public long sessionsOf(long accountId) {
        return UserSession.count("account.id", accountId);
    }

    public static Response signIn(Browser browser, String username, String password) {
        return browser.submit("/signin", "/signin", Map.of("username", username, "password", password));
    }

    public static Response signIn(Browser browser, String username, String password, String next) {
        return browser.submit("/signin", "/signin", Map.of("username", username, "password", password, "next", next));
    }

    /** A browser signed in through the form, as a teacher does. */
    public static Browser signedInThroughForm(String username, String password) {
        Browser browser = new Browser();
        signIn(browser, username, password);
        return browser;
    }

    /** The browser of a student with a session, in a new class. */
    public static Browser studentInNewClass(Fixtures fixtures) {
        return People.student(fixtures, fixtures.createClass("Period 3", 0).id(), "Ana").browser();
    }

    /** A second browser holding a copy of the first one's session cookie. */
    public static Browser copyOf(Browser browser) {
        Browser copy = new Browser();
        copy.setCookie(SESSION_COOKIE, browser.cookie(SESSION_COOKIE));
        return copy;
    }

    /** Whether the browser's session still opens a teacher's page. */
    public static boolean signedInAsTeacher(Browser browser) {
        return browser.get(PasswordResource.PATH).statusCode() == 200;
    }

    public static String location(Response response) {
        String location = response.header("Location");
        return location == null ? null : location.replaceFirst("^https?://[^/]+", "");
    }
}
