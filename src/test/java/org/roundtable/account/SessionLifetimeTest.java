package org.roundtable.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.roundtable.account.AccountFixtures.SESSION_COOKIE;
import static org.roundtable.account.AccountFixtures.location;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.support.Browser;
import org.roundtable.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;

/** With an idle timeout of 2 s and a lifetime of 4 s. */
@QuarkusTest
@TestProfile(ShortSessionsProfile.class)
class SessionLifetimeTest {

    @Inject
    Fixtures fixtures;

    @Inject
    AccountFixtures accounts;

    long teacherId;

    @BeforeEach
    void setUp() {
        fixtures.reset();
        teacherId = fixtures.teacher("rivera", "a long enough password", false);
        // The first page after start-up can take over a second; keep that out of the timed part.
        Browser warmUp = new Browser();
        warmUp.setCookie(SESSION_COOKIE, fixtures.signIn(fixtures.teacher("warm-up", "a long enough password", false)));
        warmUp.get(PasswordResource.PATH);
    }

    private Browser signedIn() {
        Browser browser = new Browser();
        browser.setCookie(SESSION_COOKIE, fixtures.signIn(teacherId));
        return browser;
    }

    private static void assertRefused(Browser browser) {
        Response response = browser.get(PasswordResource.PATH);
        assertEquals(303, response.statusCode());
        assertEquals("/signin", location(response));
    }

    @Test
    void aSessionIdleLongerThanTheTimeoutEnds() throws InterruptedException {
        Browser browser = signedIn();
        assertEquals(200, browser.get(PasswordResource.PATH).statusCode());
        Thread.sleep(2_500);
        assertRefused(browser);
        assertEquals(0, accounts.sessionsOf(teacherId), "the expired session is deleted");
    }

    @Test
    void aBusySessionStaysOpenPastTheIdleTimeoutButEndsAtItsLifetime() throws InterruptedException {
        long start = System.currentTimeMillis();
        Browser browser = signedIn();
        // Busy for 3 s, longer than the idle timeout: every request keeps the session alive.
        while (System.currentTimeMillis() - start < 3_000) {
            assertEquals(200, browser.get(PasswordResource.PATH).statusCode(), "still open while in use");
            Thread.sleep(300);
        }
        // Still busy, but past the 4 s lifetime.
        while (System.currentTimeMillis() - start < 4_500) {
            browser.get(PasswordResource.PATH);
            Thread.sleep(300);
        }
        assertRefused(browser);
    }
}
