package org.roundtable.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.account.CsrfMask;
import org.roundtable.support.Browser;
import org.roundtable.support.Fixtures;
import org.roundtable.support.FreshData;
import org.roundtable.support.People;
import org.roundtable.support.People.Person;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * A CSRF cookie that someone else planted (a sibling subdomain, a page over plain HTTP) is
 * worthless: a signed-in browser's token is bound to its own session. And a state change that
 * the browser labels as coming from another site is refused outright.
 */
@QuarkusTest
class CsrfBindingTest extends FreshData {

    Fixtures.TestClass c;
    Person sam;

    @BeforeEach
    void lesson() {
        c = fixtures.createClass("Civics", 0);
        sam = People.student(fixtures, c.id(), "Sam");
    }

    @Test
    void aCookieAndTokenPairPlantedFromAnotherBrowserIsRefused() {
        Browser attacker = new Browser();
        String planted = attacker.csrfToken("/join");
        String before = fixtures.fingerprint();

        Response forged = answerWith(sam, attacker.cookie(Browser.CSRF_COOKIE), planted, null);

        assertEquals(400, forged.statusCode());
        assertEquals(before, fixtures.fingerprint(), "the planted pair changed something");
    }

    @Test
    void aClassmatesOwnPairDoesNotWorkForAnotherSession() {
        Person mia = People.student(fixtures, c.id(), "Mia");
        String miasToken = mia.browser().csrfToken(c.discussionPath(1));
        String before = fixtures.fingerprint();

        assertEquals(400, answerWith(sam, mia.browser().cookie(Browser.CSRF_COOKIE), miasToken, null).statusCode());
        assertEquals(before, fixtures.fingerprint());
    }

    @Test
    void theTokenOnTheStudentsOwnPageWorksAndIsNotTheAnonymousOne() {
        String anonymous = sam.browser().csrfToken("/signin");
        sam.browser().forget(Browser.CSRF_COOKIE);
        String own = sam.browser().csrfToken(c.discussionPath(1));

        String cookie = sam.browser().cookie(Browser.CSRF_COOKIE);
        assertEquals(CsrfMask.unmask(own), cookie, "the page sets the bound cookie");
        Response answered = answerWith(sam, cookie, own, null);
        assertEquals(303, answered.statusCode(), answered.asString());
        assertNotEquals("", own);
        assertEquals(cookie, CsrfMask.unmask(sam.browser().csrfToken("/signin")),
                "every page of a signed-in browser carries it");
        assertNotEquals(null, anonymous);
    }

    @Test
    void aTokenFromBeforeSigningInStopsWorkingAfterIt() {
        fixtures.teacher("ms-lee", "correct horse battery", false);
        Browser browser = new Browser();
        String before = browser.csrfToken("/signin");
        Response signIn = browser.post("/signin", Map.of("username", "ms-lee", "password", "correct horse battery",
                Browser.CSRF_FIELD, before));
        assertEquals(303, signIn.statusCode());

        Response stale = browser.post("/teach/classes", Map.of("name", "Period 4", Browser.CSRF_FIELD, before));

        assertEquals(400, stale.statusCode());
        String fresh = browser.csrfToken("/teach/new-class");
        assertNotEquals(CsrfMask.unmask(before), CsrfMask.unmask(fresh));
    }

    @Test
    void aStateChangeTheBrowserSaysCameFromASiblingSiteIsRefused() {
        String own = sam.browser().csrfToken(c.discussionPath(1));
        String cookie = sam.browser().cookie(Browser.CSRF_COOKIE);
        String before = fixtures.fingerprint();

        assertEquals(403, answerWith(sam, cookie, own, "same-site").statusCode());
        assertEquals(403, answerWith(sam, cookie, own, "cross-site").statusCode());
        assertEquals(before, fixtures.fingerprint());
        assertEquals(303, answerWith(sam, cookie, own, "same-origin").statusCode());
    }

    private Response answerWith(Person who, String cookie, String token, String fetchSite) {
        var spec = given().redirects().follow(false)
                .cookie("rt_session", who.browser().cookie("rt_session"))
                .cookie(Browser.CSRF_COOKIE, cookie)
                .contentType(ContentType.URLENC.withCharset("UTF-8"))
                .formParam(Browser.CSRF_FIELD, token)
                .formParam("body", "An answer that should only exist if the student sent it.");
        if (fetchSite != null) {
            spec.header("Sec-Fetch-Site", fetchSite);
        }
        return spec.post(c.discussionPath(1) + "/posts");
    }
}
