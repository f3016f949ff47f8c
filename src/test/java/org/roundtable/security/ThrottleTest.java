package org.roundtable.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.account.Throttle;
import org.roundtable.support.Browser;
import org.roundtable.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;

/** Guessing is slowed down politely: 429, Retry-After, and the form as it was typed. */
@QuarkusTest
class ThrottleTest {

    @Inject
    Fixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures.reset();
    }

    @Test
    void tenWrongPasswordsLockTheAccountForAWhileEvenForTheRightOne() {
        fixtures.teacher("guarded", "the right password", false);
        Browser browser = new Browser();
        for (int i = 0; i < Throttle.SIGN_IN_ACCOUNT.failures(); i++) {
            Response wrong = browser.submit("/signin", "/signin", Map.of("username", "guarded", "password", "wrong " + i));
            assertEquals(400, wrong.statusCode(), "attempt " + i);
        }
        Response locked = new Browser().submit("/signin", "/signin",
                Map.of("username", "Guarded", "password", "the right password"));
        assertEquals(429, locked.statusCode(), "counted per account, whatever the browser or capitals");
        long retryAfter = Long.parseLong(locked.header("Retry-After"));
        assertTrue(retryAfter > 0 && retryAfter <= 15 * 60, "Retry-After " + retryAfter);
        Document page = Browser.html(locked);
        assertEquals("Guarded", page.select("#username").val(), "what was typed stays");
        assertTrue(page.select(".field-error").text().contains("Too many attempts"));
    }

    @Test
    void wrongReturnCodesForOneNameAreLimited() {
        Fixtures.TestClass c = fixtures.createClass("Limited", 0);
        fixtures.enrol(c.id(), "Ana", "ABCD-EFGH");
        for (int i = 0; i < Throttle.RETURN_NAME.failures(); i++) {
            Response wrong = new Browser().submit("/return", "/return",
                    Map.of("code", c.code(), "name", "Ana", "returnCode", "WXYZ-WXY" + (i % 8 + 2)));
            assertEquals(400, wrong.statusCode());
        }
        Response limited = new Browser().submit("/return", "/return",
                Map.of("code", c.code(), "name", "Ana", "returnCode", "ABCD-EFGH"));
        assertEquals(429, limited.statusCode());
        assertEquals("Ana", Browser.html(limited).select("#name").val());
        assertTrue(Long.parseLong(limited.header("Retry-After")) > 0);
    }

    @Test
    void guessingJoinCodesFromOneAddressIsLimited() {
        Fixtures.TestClass c = fixtures.createClass("Guessable", 0);
        for (int i = 0; i < Throttle.JOIN_ADDRESS.failures(); i++) {
            assertEquals(400, new Browser().submit("/join", "/join", Map.of("code", "ZZZZZ" + (i % 7 + 2), "name", "G"))
                    .statusCode());
        }
        Response limited = new Browser().submit("/join", "/join", Map.of("code", c.code(), "name", "Real Student"));
        assertEquals(429, limited.statusCode());
        assertEquals("Real Student", Browser.html(limited).select("#name").val());
    }
}
