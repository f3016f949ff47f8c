package org.roundtable.language;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.support.Browser;
import org.roundtable.support.Fixtures;
import org.roundtable.support.PageTour;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;

/**
 * The interface speaks the language a person chose (on their account, or in the browser's cookie before they
 * sign in), else the first one their browser asks for that it speaks, else the school's default; the footer's
 * switch changes it from any page and comes back to that page, and never leaves the site.
 */
@QuarkusTest
class LanguageChoiceTest {

    @Inject
    Fixtures fixtures;

    @BeforeEach
    void reset() {
        fixtures.reset();
    }

    @Test
    void theBrowsersLanguageIsTheDefaultThenTheSchools() {
        assertEquals("uk", lang(given().header("Accept-Language", "uk-UA,uk;q=0.9,en;q=0.5").get("/signin")));
        assertEquals("uk", lang(given().header("Accept-Language", "de-DE, uk;q=0.7").get("/signin")));
        assertEquals("en", lang(given().header("Accept-Language", "de-DE, fr;q=0.7").get("/signin")));
        assertEquals("en", lang(given().header("Accept-Language", ";;q=bad,,").get("/signin")));
        assertEquals("en", lang(given().get("/signin")));
    }

    @Test
    void theFooterSwitchesFromAnyPageAndComesBackToIt() {
        Browser browser = new Browser();
        Document join = browser.page("/join?code=ABC");
        assertEquals("en", join.selectFirst("html").attr("lang"));
        var switcher = join.selectFirst("footer form[action=/language]");
        assertEquals("/join?code=ABC", switcher.selectFirst("input[name=back]").val());
        assertEquals("Українська", switcher.selectFirst("button[value=uk]").text());
        assertEquals("uk", switcher.selectFirst("button[value=uk]").attr("lang"));

        Response chosen = browser.submit("/join?code=ABC", "/language", Map.of("lang", "uk", "back", "/join?code=ABC"));
        assertEquals(303, chosen.statusCode());
        assertTrue(chosen.header("Location").endsWith("/join?code=ABC"), chosen.header("Location"));
        assertEquals("uk", browser.cookie(PageTour.LANGUAGE_COOKIE));
        Document inUkrainian = browser.page("/join?code=ABC");
        assertEquals("uk", inUkrainian.selectFirst("html").attr("lang"));
        assertEquals("English", inUkrainian.selectFirst("footer button[value=en]").text());
    }

    @Test
    void theSwitchNeverSendsAnywhereElseAndIgnoresLanguagesItDoesNotSpeak() {
        Browser browser = new Browser();
        for (String away : new String[] { "https://evil.example/", "//evil.example/x", "/\\evil.example",
                "javascript:x" }) {
            Response answer = browser.submit("/signin", "/language", Map.of("lang", "uk", "back", away));
            assertEquals(303, answer.statusCode());
            String location = answer.header("Location");
            assertTrue(!location.contains("evil") && !location.contains("javascript"), away + " led to " + location);
        }
        Browser other = new Browser();
        other.submit("/signin", "/language", Map.of("lang", "xx", "back", "/signin"));
        assertNull(other.cookie(PageTour.LANGUAGE_COOKIE));
    }

    @Test
    void theSwitchWantsTheFormsToken() {
        Browser browser = new Browser();
        browser.page("/signin");
        Response refused = browser.post("/language", Map.of("lang", "uk", "back", "/signin"));
        assertEquals(400, refused.statusCode());
        assertNull(browser.cookie(PageTour.LANGUAGE_COOKIE));
    }

    @Test
    void aSignedInPersonsChoiceFollowsThemToAnotherBrowser() {
        long teacher = fixtures.teacher("ms.rivera", "Ms Rivera", "correct horse battery", false);
        Browser first = new Browser();
        first.setCookie("rt_session", fixtures.signIn(teacher));
        first.submit("/teach", "/language", Map.of("lang", "uk", "back", "/teach"));
        assertEquals("uk", fixtures.account(teacher).language);

        Browser second = new Browser();
        second.setCookie("rt_session", fixtures.signIn(teacher));
        assertEquals("uk", second.page("/teach").selectFirst("html").attr("lang"));
        second.setCookie(PageTour.LANGUAGE_COOKIE, "en");
        assertEquals("uk", second.page("/teach").selectFirst("html").attr("lang"), "the account's choice comes first");
    }

    @Test
    void theLanguagePageWorksWhereTheFooterCannotCarryAForm() {
        Response notFound = given().header("Accept-Language", "uk").get("/no-such-page");
        assertEquals(404, notFound.statusCode());
        Document page = Jsoup.parse(notFound.asString());
        assertEquals("uk", page.selectFirst("html").attr("lang"));
        String link = page.selectFirst("footer a[href^=/language]").attr("href");
        Document chooser = new Browser().page(link);
        assertEquals(2, chooser.select("main form[action=/language] button[name=lang]").size());
    }

    private static String lang(Response response) {
        return Jsoup.parse(response.asString()).selectFirst("html").attr("lang");
    }
}
