package org.roundtable.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.roundtable.account.AccountFixtures.location;

import java.time.Duration;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.roundtable.support.Browser;
import org.roundtable.support.MovableClock;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;

/** With the configured idle timeout and lifetime, passed by moving the clock instead of waiting. */
@QuarkusTest
class SessionLifetimeTest extends OneTeacher {

    @Inject
    MovableClock clock;

    @ConfigProperty(name = "roundtable.session.idle-timeout")
    Duration idleTimeout;

    @ConfigProperty(name = "roundtable.session.absolute-lifetime")
    Duration lifetime;

    SessionLifetimeTest() {
        super("a long enough password");
    }

    private static void assertRefused(Browser browser) {
        Response response = browser.get(PasswordResource.PATH);
        assertEquals(303, response.statusCode());
        assertEquals("/signin", location(response));
    }

    @Test
    void aSessionIdleLongerThanTheTimeoutEnds() {
        Browser browser = signedIn();
        assertEquals(200, browser.get(PasswordResource.PATH).statusCode());
        clock.advance(idleTimeout.plusSeconds(1));
        assertRefused(browser);
        assertEquals(0, accounts.sessionsOf(teacherId), "the expired session is deleted");
    }

    @Test
    void aBusySessionStaysOpenPastTheIdleTimeoutButEndsAtItsLifetime() {
        Browser browser = signedIn();
        // Busy well past the idle timeout: a request every half timeout keeps the session alive.
        Duration step = idleTimeout.dividedBy(2);
        Duration elapsed = Duration.ZERO;
        while (elapsed.plus(step).compareTo(lifetime) < 0) {
            clock.advance(step);
            elapsed = elapsed.plus(step);
            assertEquals(200, browser.get(PasswordResource.PATH).statusCode(), "still open while in use");
        }
        // Still busy, but past the lifetime.
        clock.advance(lifetime.minus(elapsed).plusSeconds(1));
        assertRefused(browser);
    }
}
