package org.roundtable.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.account.CsrfMask;
import org.roundtable.support.Browser;
import org.roundtable.support.Fixtures;
import org.roundtable.support.FreshData;
import org.roundtable.support.People;
import org.roundtable.support.People.Person;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Against BREACH, a page never spells the CSRF token the same way twice: each answer's forms
 * carry a fresh mask of it, which the check unmasks before comparing.
 */
@QuarkusTest
class MaskedCsrfTest extends FreshData {

    Fixtures.TestClass c;
    Person sam;
    String q1;

    @BeforeEach
    void lesson() {
        c = fixtures.createClass("Masks", 0);
        fixtures.configure(c.id(), k -> k.postFirst = false);
        sam = People.student(fixtures, c.id(), "Sam");
        q1 = c.discussionPath(1);
    }

    @Test
    void twoLoadsOfOnePageCarryDifferentTokensAndBothAreAccepted() {
        String first = sam.browser().csrfToken(q1);
        String second = sam.browser().csrfToken(q1);

        assertNotEquals(first, second, "the same spelling twice");
        assertEquals(303, answer(first, "The first load's form").statusCode());
        assertEquals(303, answer(second, "The second load's form").statusCode());
    }

    @Test
    void everyFormOfOneAnswerCarriesTheSameMask() {
        fixtures.post(c.discussions().get(0), sam.id(), null, "Something to reply to");
        List<String> tokens = sam.browser().page(q1).select("input[name=" + Browser.CSRF_FIELD + "]").eachAttr("value");

        assertTrue(tokens.size() > 1, "forms on the page: " + tokens.size());
        assertEquals(1, tokens.stream().distinct().count(), "one mask per answer: " + tokens);
    }

    @Test
    void aTamperedOrBareTokenIsRefusedAndChangesNothing() {
        String masked = sam.browser().csrfToken(q1);
        String bare = sam.browser().cookie(Browser.CSRF_COOKIE);
        String tampered = (masked.charAt(0) == 'A' ? "B" : "A") + masked.substring(1);
        String before = fixtures.fingerprint();

        assertEquals(400, answer(bare, "With the cookie's own value").statusCode());
        assertEquals(400, answer(tampered, "With a changed pad").statusCode());
        assertEquals(400, answer("", "With nothing").statusCode());
        assertEquals(before, fixtures.fingerprint());
        assertEquals(bare, CsrfMask.unmask(masked), "the page's token stands for the session's");
    }

    @Test
    void aFormShownAgainAfterAPostCarriesAWorkingMask() {
        Response refused = answer(sam.browser().csrfToken(q1), "");
        assertEquals(400, refused.statusCode());
        String again = Browser.html(refused).select("input[name=" + Browser.CSRF_FIELD + "]").attr("value");

        assertEquals(sam.browser().cookie(Browser.CSRF_COOKIE), CsrfMask.unmask(again), "the form shown again");
        assertEquals(303, answer(again, "Now with something to say").statusCode());
    }

    @Test
    void aMaskedTokenOfAnotherSessionIsRefused() {
        Person mia = People.student(fixtures, c.id(), "Mia");
        String miasToken = mia.browser().csrfToken(q1);
        String before = fixtures.fingerprint();

        assertEquals(400, answer(miasToken, "With a classmate's form token").statusCode());
        assertEquals(before, fixtures.fingerprint());
    }

    @Test
    void anAnonymousFormCarriesAMaskOfItsCookieToo() {
        Browser visitor = new Browser();
        String first = visitor.csrfToken("/join");
        String second = visitor.csrfToken("/join");
        assertNotEquals(first, second);
        assertEquals(visitor.cookie(Browser.CSRF_COOKIE), CsrfMask.unmask(second));

        Response joined = visitor.post("/join",
                Map.of("code", c.code(), "name", "Newcomer", Browser.CSRF_FIELD, first));
        assertEquals(303, joined.statusCode(), joined.asString());
    }

    private Response answer(String token, String body) {
        return sam.browser().post(q1 + "/posts", Map.of("body", body, "key", UUID.randomUUID().toString(),
                Browser.CSRF_FIELD, token));
    }
}
