package org.roundtable.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.roundtable.account.AccountFixtures.SESSION_COOKIE;
import static org.roundtable.account.AccountFixtures.copyOf;
import static org.roundtable.account.AccountFixtures.location;
import static org.roundtable.account.AccountFixtures.signIn;
import static org.roundtable.account.AccountFixtures.signedInAsTeacher;
import static org.roundtable.account.AccountFixtures.signedInThroughForm;

import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.roundtable.support.Browser;
import org.roundtable.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class SignInTest extends OneTeacher {

    static final String PASSWORD = "correct horse battery";

    SignInTest() {
        super(PASSWORD);
    }

    @Test
    void theSignInPageHasLabelledTeacherFieldsAndTheStudentWayIn() {
        Document page = new Browser().page("/signin");
        assertEquals("Username", page.select("label[for=username]").text());
        assertEquals("Password", page.select("label[for=password]").text());
        assertEquals("password", page.select("#password").attr("type"));
        assertEquals("/signin", page.select("form:has(#username)").attr("action"));
        assertFalse(page.select("form:has(#username) input[name=" + Browser.CSRF_FIELD + "]").val().isEmpty());
        assertFalse(page.select("a[href=/join]").isEmpty());
    }

    @Test
    void goodCredentialsOpenANewSessionEveryTime() {
        Browser browser = new Browser();
        browser.setCookie(SESSION_COOKIE, "planted-by-someone-else");
        Response first = signIn(browser, "RIVERA", PASSWORD);
        assertEquals(303, first.statusCode());
        assertEquals("/teach", location(first));
        String firstToken = browser.cookie(SESSION_COOKIE);
        assertNotEquals("planted-by-someone-else", firstToken);
        String setCookie = first.headers().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(SESSION_COOKIE + "=")).findFirst().orElseThrow();
        assertTrue(setCookie.toLowerCase().contains("httponly"), setCookie);
        assertTrue(signedInAsTeacher(browser));

        Browser stale = copyOf(browser);
        assertEquals(303, signIn(browser, "rivera", PASSWORD).statusCode());
        assertNotEquals(firstToken, browser.cookie(SESSION_COOKIE), "a sign-in never reuses a token");
        assertFalse(signedInAsTeacher(stale), "signing in again ends this browser's previous session");
        assertTrue(signedInAsTeacher(browser));
        assertEquals(1, accounts.sessionsOf(teacherId));
    }

    @Test
    void anUnknownUserAndAWrongPasswordGetTheSameAnswer() {
        Response unknown = signIn(new Browser(), "nobody", PASSWORD);
        Response wrong = signIn(new Browser(), "rivera", "wrong password, long enough");
        for (Response response : new Response[] { unknown, wrong }) {
            assertEquals(400, response.statusCode());
            assertFalse(
                    response.headers().getValues("Set-Cookie").stream().anyMatch(c -> c.startsWith(SESSION_COOKIE)));
        }
        Document unknownPage = Browser.html(unknown);
        Document wrongPage = Browser.html(wrong);
        assertEquals("That username and password do not match.",
                unknownPage.select("#password-error").text().replace("Error: ", ""));
        assertEquals(unknownPage.select(".error-summary").text(), wrongPage.select(".error-summary").text());
        assertEquals(unknownPage.select("#password-error").text(), wrongPage.select("#password-error").text());
        assertEquals("nobody", unknownPage.select("#username").val(), "the username is kept");
        assertEquals("true", wrongPage.select("#password").attr("aria-invalid"));
        assertEquals("password-error", wrongPage.select("#password").attr("aria-describedby"));
    }

    @Test
    void theTypedPasswordIsNeverSentBack() {
        Response response = signIn(new Browser(), "rivera", "my-secret-guess-42");
        assertEquals("", Browser.refused(response).select("#password").val());
        assertFalse(response.asString().contains("my-secret-guess-42"));
    }

    @Test
    void aDisabledAccountIsRefusedWithTheSameMessage() {
        accounts.change(teacherId, account -> account.disabled = true);
        Response response = signIn(new Browser(), "rivera", PASSWORD);
        assertTrue(Browser.refused(response).select("#password-error").text()
                .contains("That username and password do not match."));
        assertEquals(0, accounts.sessionsOf(teacherId));
    }

    @Test
    void emptyFieldsAreNamed() {
        Response response = signIn(new Browser(), "  ", "");
        Document page = Browser.refused(response);
        assertTrue(page.select("#username-error").text().contains("Enter your username"));
        assertTrue(page.select("#password-error").text().contains("Enter your password"));
        assertEquals(2, page.select(".error-summary li").size());
    }

    @Test
    void aTeacherWhoMustChangeTheirPasswordIsSentThereFirst() {
        accounts.change(teacherId, account -> account.mustChangePassword = true);
        Response response = signIn(new Browser(), "rivera", PASSWORD, "/classes/1");
        assertEquals(303, response.statusCode());
        assertEquals(PasswordResource.PATH, location(response));
    }

    @Test
    void nextLeadsOnlyToPagesOfThisSite() {
        Document form = new Browser().page("/signin?next=/classes/7");
        assertEquals("/classes/7", form.select("input[name=next]").val());
        assertTrue(new Browser().page("/signin?next=//evil.example").select("input[name=next]").isEmpty());

        assertEquals("/classes/7?sort=newest",
                location(signIn(new Browser(), "rivera", PASSWORD, "/classes/7?sort=newest")));
        for (String next : new String[] { "//evil.example/", "https://evil.example/", "/\\evil.example" }) {
            Response response = signIn(new Browser(), "rivera", PASSWORD, next);
            assertEquals(303, response.statusCode());
            assertEquals("/teach", location(response), next);
        }
        Response refused = signIn(new Browser(), "rivera", "wrong password here", "/classes/7");
        assertEquals("/classes/7", Browser.html(refused).select("input[name=next]").val(), "kept for the next try");
    }

    @Test
    void aTeacherSigningInReplacesAStudentsSessionOnTheSameBrowser() {
        Fixtures.TestClass testClass = fixtures.createClass("Period 3", 0);
        Browser browser = new Browser();
        browser.submit("/join", "/join", Map.of("code", testClass.code(), "name", "Ana"));
        String studentToken = browser.cookie(SESSION_COOKIE);
        assertNotNull(studentToken);
        Browser student = copyOf(browser);
        assertEquals(200, student.get("/classes/" + testClass.id()).statusCode());

        assertEquals(303, signIn(browser, "rivera", PASSWORD).statusCode());
        assertNotEquals(studentToken, browser.cookie(SESSION_COOKIE));
        assertTrue(signedInAsTeacher(browser));
        Response old = student.get("/classes/" + testClass.id());
        assertEquals(303, old.statusCode(), "the student's session ended");
        assertEquals("/return?signedOut=1", location(old), "a class link: the students' way back in");
    }

    @Test
    void signingOutRevokesACopiedCookie() {
        Browser browser = signedInThroughForm("rivera", PASSWORD);
        Browser copy = copyOf(browser);
        assertTrue(signedInAsTeacher(copy));

        Response out = browser.submit(PasswordResource.PATH, "/signout", Map.of());
        assertEquals(303, out.statusCode());
        assertEquals("\"storage\"", out.header("Clear-Site-Data"), "drafts kept in the browser are cleared");
        assertNull(browser.cookie(SESSION_COOKIE), "the cookie is expired");
        Response refused = copy.get(PasswordResource.PATH);
        assertEquals(303, refused.statusCode());
        assertEquals("/signin", location(refused));
        assertEquals(0, accounts.sessionsOf(teacherId));
    }

    @Test
    void signInWithoutTheFormsTokenIsRefused() {
        Browser browser = new Browser();
        browser.page("/signin");
        Response response = browser.post("/signin", Map.of("username", "rivera", "password", PASSWORD));
        assertEquals(400, response.statusCode());
        assertNull(browser.cookie(SESSION_COOKIE));
    }
}
