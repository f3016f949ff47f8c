package org.roundtable.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.roundtable.account.AccountFixtures.SESSION_COOKIE;
import static org.roundtable.account.AccountFixtures.copyOf;
import static org.roundtable.account.AccountFixtures.location;
import static org.roundtable.account.AccountFixtures.signedInAsTeacher;
import static org.roundtable.account.AccountFixtures.studentInNewClass;

import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.roundtable.support.Browser;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class PasswordChangeTest extends OneTeacher {

    static final String PASSWORD = "old password, twelve+";

    PasswordChangeTest() {
        super(PASSWORD);
    }

    private static Response change(Browser browser, String current, String password, String repeat) {
        return browser.submit(PasswordResource.PATH, PasswordResource.PATH,
                Map.of("current", current, "password", password, "repeat", repeat));
    }

    private boolean passwordIs(String password) {
        return BcryptUtil.matches(password, accounts.account(teacherId).passwordHash);
    }

    @Test
    void theFormHasThreeLabelledPasswordFields() {
        Document page = signedIn().page(PasswordResource.PATH);
        assertEquals("Current password", page.select("label[for=current]").text());
        assertEquals("New password", page.select("label[for=password]").text());
        assertEquals("Repeat new password", page.select("label[for=repeat]").text());
        assertEquals(3, page.select("form input[type=password]").size());
    }

    @Test
    void elevenCharactersAreTooFewAndTwelveAreEnough() {
        Browser browser = signedIn();
        Response refused = change(browser, PASSWORD, "elevenchars", "elevenchars");
        Document page = Browser.refused(refused);
        assertTrue(page.select("#password-error").text().contains("at least 12 characters"));
        assertEquals("true", page.select("#password").attr("aria-invalid"));
        assertTrue(page.select("#password").attr("aria-describedby").contains("password-error"));
        assertTrue(passwordIs(PASSWORD));

        Response accepted = change(browser, PASSWORD, "twelve chars", "twelve chars");
        assertEquals(303, accepted.statusCode());
        assertEquals(PasswordResource.PATH + "?changed=1", location(accepted));
        assertTrue(passwordIs("twelve chars"));
        Document confirmation = browser.page(location(accepted));
        assertTrue(confirmation.select("[role=status]").text().contains("Your password has been changed"));
    }

    @Test
    void moreThan72BytesAreRefusedEvenWhenFewerCharacters() {
        String accented = "é".repeat(37); // 37 characters, 74 bytes in UTF-8
        Response refused = change(signedIn(), PASSWORD, accented, accented);
        assertTrue(Browser.refused(refused).select("#password-error").text().contains("at most 72 bytes"));
        assertTrue(passwordIs(PASSWORD));

        String fits = "é".repeat(36); // exactly 72 bytes
        assertEquals(303, change(signedIn(), PASSWORD, fits, fits).statusCode());
        assertTrue(passwordIs(fits));
    }

    @Test
    void theCurrentPasswordIsRequiredAndChecked() {
        Browser browser = signedIn();
        Response missing = change(browser, "", "a brand new password", "a brand new password");
        assertTrue(Browser.refused(missing).select("#current-error").text().contains("Enter your current password"));

        Response wrong = change(browser, "not my password", "a brand new password", "a brand new password");
        assertTrue(Browser.refused(wrong).select("#current-error").text().contains("not your current password"));
        assertTrue(passwordIs(PASSWORD));
    }

    @Test
    void theNewPasswordMustDifferAndBeTypedTwiceAlike() {
        Browser browser = signedIn();
        Response same = change(browser, PASSWORD, PASSWORD, PASSWORD);
        assertTrue(Browser.refused(same).select("#password-error").text().contains("different from your current"));

        Response mismatch = change(browser, PASSWORD, "a brand new password", "a brand new passw0rd");
        Document page = Browser.refused(mismatch);
        assertTrue(page.select("#repeat-error").text().contains("not the same"));
        page.select("input[type=password]").forEach(input -> assertEquals("", input.val(), "never filled in again"));
        assertTrue(passwordIs(PASSWORD));
    }

    @Test
    void changingThePasswordEndsEveryOtherSession() {
        Browser here = signedIn();
        Browser elsewhere = signedIn();
        Browser copyOfElsewhere = copyOf(elsewhere);
        String before = here.cookie(SESSION_COOKIE);

        assertEquals(303, change(here, PASSWORD, "a brand new password", "a brand new password").statusCode());

        Response refused = copyOfElsewhere.get(PasswordResource.PATH);
        assertEquals(303, refused.statusCode());
        assertEquals("/signin", location(refused));
        assertFalse(signedInAsTeacher(elsewhere));
        assertNotEquals(before, here.cookie(SESSION_COOKIE), "this browser gets a fresh session");
        assertTrue(signedInAsTeacher(here), "and stays signed in");
        assertEquals(1, accounts.sessionsOf(teacherId));
    }

    @Test
    void aOneTimePasswordHoldsTheTeacherOnThisPageUntilChanged() {
        accounts.change(teacherId, account -> account.mustChangePassword = true);
        Browser browser = signedIn();
        for (String path : new String[] { "/teach", "/teach/classes/1/moderation", "/admin/teachers" }) {
            Response held = browser.get(path);
            assertEquals(303, held.statusCode(), path);
            assertEquals(PasswordResource.PATH, location(held), path);
        }
        assertEquals(PasswordResource.PATH, location(browser.get("/classes/1")),
                "every signed-in address is held, not only /teach and /admin");
        assertTrue(browser.page(PasswordResource.PATH).select("[role=status]").text().contains("one-time password"));

        change(browser, PASSWORD, "a brand new password", "a brand new password");
        assertFalse(accounts.account(teacherId).mustChangePassword);
        assertNotEquals(PasswordResource.PATH, location(browser.get("/teach")));
    }

    @Test
    void onlyTeachersHaveAPassword() {
        Response anonymous = new Browser().get(PasswordResource.PATH);
        assertEquals(303, anonymous.statusCode());
        assertEquals("/signin", location(anonymous));

        Browser student = studentInNewClass(fixtures);
        assertEquals(403, student.get(PasswordResource.PATH).statusCode());
    }

    @Test
    void guessingTheCurrentPasswordIsLimitedEvenWithASignedInBrowser() {
        Browser browser = signedIn();
        for (int i = 0; i < Throttle.CURRENT_PASSWORD.allowed(); i++) {
            assertEquals(400, change(browser, "guess number " + i, "brand new password here", "brand new password here")
                    .statusCode(), "guess " + i);
        }
        Response limited = change(browser, PASSWORD, "brand new password here", "brand new password here");
        assertEquals(429, limited.statusCode(), "even the right one waits now");
        assertTrue(Long.parseLong(limited.header("Retry-After")) > 0);
        assertTrue(Browser.html(limited).select("#current-error").text().contains("Too many"));
        assertTrue(passwordIs(PASSWORD), "unchanged");
    }
}
