package org.roundtable.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.roundtable.account.Passwords;
import org.roundtable.account.Throttle;
import org.roundtable.support.Browser;
import org.roundtable.support.Fixtures;
import org.roundtable.support.FreshData;
import org.roundtable.support.People;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Guessing is slowed down politely: 429, Retry-After, and the form as it was typed. Limits
 * slow the guesser down without locking out the real user (OWASP's device cookies).
 */
@QuarkusTest
class ThrottleTest extends FreshData {

    @Test
    void tenWrongPasswordsLockTheAccountForAWhileEvenForTheRightOne() {
        fixtures.teacher("guarded", "the right password", false);
        Browser browser = new Browser();
        for (int i = 0; i < Throttle.SIGN_IN_ACCOUNT.allowed(); i++) {
            Response wrong = browser.submit("/signin", "/signin",
                    Map.of("username", "guarded", "password", "wrong " + i));
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
        for (int i = 0; i < Throttle.RETURN_NAME.allowed(); i++) {
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
    void aBrowserTheTeacherSignedInFromStillGetsInWhileSomeoneGuessesTheirPassword() {
        fixtures.teacher("guarded", "the right password", false);
        Browser own = new Browser();
        assertEquals(303, signIn(own, "guarded", "the right password").statusCode());
        assertEquals(303, own.submit("/signin", "/signout", Map.of()).statusCode());
        for (int i = 0; i < Throttle.SIGN_IN_ACCOUNT.allowed(); i++) {
            assertEquals(400, signIn(new Browser(), "guarded", "guess " + i).statusCode(), "guess " + i);
        }
        assertEquals(429, signIn(new Browser(), "guarded", "guess again").statusCode(), "the guesser is slowed");
        assertEquals(429, signIn(new Browser(), "guarded", "the right password").statusCode(),
                "so is any browser the account never signed in from");
        Response teacher = signIn(own, "guarded", "the right password");
        assertEquals(303, teacher.statusCode(), "the teacher's own browser gets in");
        assertTrue(teacher.header("Location").endsWith("/teach"));
    }

    @Test
    void anAdminCanLiftASignInPause() {
        long teacher = fixtures.teacher("paused", "the right password", false);
        Browser admin = People.signedIn(fixtures, fixtures.teacher("boss", "the admin password", true)).browser();
        for (int i = 0; i < Throttle.SIGN_IN_ACCOUNT.allowed(); i++) {
            signIn(new Browser(), "paused", "guess " + i);
        }
        assertEquals(429, signIn(new Browser(), "paused", "the right password").statusCode());
        Document page = admin.page("/admin/teachers");
        assertEquals("Sign-in paused", page.select("#teacher-" + teacher + " .sign-in-paused").text());
        String unpause = "/admin/teachers/" + teacher + "/unpause";
        assertEquals(303, admin.submit("/admin/teachers", unpause, Map.of()).statusCode());
        assertTrue(admin.page("/admin/teachers").select(".sign-in-paused").isEmpty());
        assertEquals(303, signIn(new Browser(), "paused", "the right password").statusCode());
    }

    @Test
    void theTeachersOwnBrowserIsLimitedOnlyByItsOwnMistakes() {
        fixtures.teacher("careless", "the right password", false);
        Browser own = new Browser();
        assertEquals(303, signIn(own, "careless", "the right password").statusCode());
        for (int i = 0; i < Throttle.SIGN_IN_KNOWN_DEVICE.allowed(); i++) {
            assertEquals(400, signIn(own, "careless", "typo " + i).statusCode());
        }
        assertEquals(429, signIn(own, "careless", "the right password").statusCode());
    }

    @Test
    void oneBrowsersWrongClassCodesDoNotKeepClassmatesBehindTheSameAddressOut() {
        Fixtures.TestClass c = fixtures.createClass("School", 0);
        Browser guesser = new Browser();
        int refusedAt = -1;
        for (int i = 0; i < 40 && refusedAt < 0; i++) {
            int status = guesser.submit("/join", "/join", Map.of("code", "ZZZZZ" + (i % 7 + 2), "name", "G"))
                    .statusCode();
            refusedAt = status == 429 ? i : -1;
        }
        assertEquals(Throttle.CODE_DEVICE.allowed(), refusedAt, "the guessing browser is slowed down");
        Response classmate = new Browser().submit("/join", "/join", Map.of("code", c.code(), "name", "Classmate"));
        assertEquals(303, classmate.statusCode(), "a classmate on another device joins");
    }

    @Test
    void wrongClassCodesOnComingBackCountWithThoseOnJoining() {
        Fixtures.TestClass c = fixtures.createClass("Counted", 0);
        Browser guesser = new Browser();
        int half = Throttle.CODE_DEVICE.allowed() / 2;
        for (int i = 0; i < Throttle.CODE_DEVICE.allowed(); i++) {
            Response wrong = i < half
                    ? guesser.submit("/join", "/join", Map.of("code", "ZZZZZ" + (i % 7 + 2), "name", "G"))
                    : guesser.submit("/return", "/return", Map.of("code", "YYYYY" + (i % 7 + 2), "name", "G",
                            "returnCode", "ABCD-EFGH"));
            assertEquals(400, wrong.statusCode(), "attempt " + i);
            assertTrue(Browser.html(wrong).select("#code-error").text().contains("No class has that code"));
        }
        Response limited = guesser.submit("/return", "/return", Map.of("code", c.code(), "name", "G",
                "returnCode", "ABCD-EFGH"));
        assertEquals(429, limited.statusCode());
        assertTrue(Long.parseLong(limited.header("Retry-After")) > 0);
        assertEquals(429, guesser.submit("/join", "/join", Map.of("code", c.code(), "name", "G")).statusCode());
    }

    @Test
    void comingBackTakesAsLongForANameThatIsNotInTheClass() {
        Fixtures.TestClass c = fixtures.createClass("Timed", 0);
        List<Long> known = new ArrayList<>();
        List<Long> unknown = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            fixtures.enrol(c.id(), "Known " + i, "ABCD-EFGH");
            known.add(timeReturn(c.code(), "Known " + i));
            unknown.add(timeReturn(c.code(), "Nobody " + i));
        }
        long knownMedian = median(known);
        long unknownMedian = median(unknown);
        long bcrypt = bcryptMillis();
        assertTrue(knownMedian - unknownMedian < bcrypt / 2,
                "unknown " + unknownMedian + " ms, known " + knownMedian + " ms, one bcrypt check " + bcrypt + " ms");
    }

    /** How long one bcrypt check of a return code takes on this machine, now. */
    private static long bcryptMillis() {
        String hash = Passwords.hashReturnCode("ABCD-EFGH");
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            Passwords.matchesReturnCode("WXYZ-WXYZ", hash);
            times.add((System.nanoTime() - start) / 1_000_000);
        }
        return median(times);
    }

    private static long timeReturn(String code, String name) {
        Browser browser = new Browser();
        String token = browser.csrfToken("/return");
        long start = System.nanoTime();
        Response response = browser.post("/return", Map.of("code", code, "name", name, "returnCode", "WXYZ-WXYZ",
                Browser.CSRF_FIELD, token));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(400, response.statusCode());
        return millis;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static Response signIn(Browser browser, String username, String password) {
        return browser.submit("/signin", "/signin", Map.of("username", username, "password", password));
    }

    @Test
    void guessingJoinCodesFromManyBrowsersAtOneAddressIsLimited() {
        Fixtures.TestClass c = fixtures.createClass("Guessable", 0);
        for (int i = 0; i < Throttle.JOIN_ADDRESS.allowed(); i++) {
            assertEquals(400, new Browser().submit("/join", "/join", Map.of("code", "ZZZZZ" + (i % 7 + 2), "name", "G"))
                    .statusCode());
        }
        Response limited = new Browser().submit("/join", "/join", Map.of("code", c.code(), "name", "Real Student"));
        assertEquals(429, limited.statusCode());
        assertEquals("Real Student", Browser.html(limited).select("#name").val());
    }
}
