package org.roundtable.classroom;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.account.Account;
import org.roundtable.support.Browser;
import org.roundtable.support.Fixtures;
import org.roundtable.support.FreshData;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class JoinTest extends FreshData {

    Fixtures.TestClass testClass;

    @BeforeEach
    void setUp() {
        testClass = fixtures.createClass("Period 3", 0);
    }

    private Response join(Browser browser, String code, String name) {
        return browser.submit("/join", "/join", Map.of("code", code, "name", name));
    }

    @Test
    void joiningWithCodeAndNameOpensASessionAndShowsTheReturnCodeOnce() {
        Browser browser = new Browser();
        Response response = join(browser, testClass.code().toLowerCase(), "  Ana P  ");
        assertEquals(303, response.statusCode());
        assertTrue(response.header("Location").endsWith("/welcome/" + testClass.id()));
        String sessionCookie = response.headers().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("rt_session=")).findFirst().orElseThrow();
        assertTrue(sessionCookie.toLowerCase().contains(";httponly"), sessionCookie);
        assertTrue(sessionCookie.contains(";SameSite=Lax"), sessionCookie);
        assertTrue(sessionCookie.contains(";Path=/;"), sessionCookie);
        assertTrue(browser.cookie("rt_session").length() >= 22, "at least 128 bits of token");

        Document welcome = browser.page("/welcome/" + testClass.id());
        String code = welcome.select(".return-code").text();
        assertTrue(code.matches("[A-Z2-9]{4}-[A-Z2-9]{4}"), code);
        assertTrue(welcome.select("h1").text().contains("Ana P"));

        Document again = browser.page("/welcome/" + testClass.id());
        assertTrue(again.select(".return-code").isEmpty(), "the return code is shown only once");

        Document home = browser.page("/classes/" + testClass.id());
        assertEquals("Period 3", home.select("h1").text());
        assertEquals(4, home.select(".question-item").size());
        assertEquals("Not started", home.select(".question-item .status").first().text());
    }

    @Test
    void theReturnCodeSignsTheStudentInOnAnotherDevice() {
        Browser first = new Browser();
        join(first, testClass.code(), "Ben K");
        String code = first.page("/welcome/" + testClass.id()).select(".return-code").text();

        Browser second = new Browser();
        Response wrong = second.submit("/return", "/return",
                Map.of("code", testClass.code(), "name", "ben k", "returnCode", "ABCD-EFGH"));
        assertTrue(Browser.refused(wrong).select(".field-error").text().contains("do not match"));
        assertEquals("ben k", Browser.html(wrong).select("input[name=name]").val(), "typed name kept");

        Response right = second.submit("/return", "/return",
                Map.of("code", testClass.code(), "name", "ben k", "returnCode", code.toLowerCase().replace("-", "")));
        assertEquals(303, right.statusCode());
        assertEquals("Period 3", second.page("/classes/" + testClass.id()).select("h1").text());
    }

    @Test
    void aWrongCodeSaysSoAndKeepsWhatWasTyped() {
        Response response = join(new Browser(), "ZZZZZZ", "Cleo");
        Document page = Browser.refused(response);
        assertTrue(page.select("#code-error").text().contains("No class has that code"));
        assertEquals("ZZZZZZ", page.select("#code").val());
        assertEquals("Cleo", page.select("#name").val());
        assertEquals("true", page.select("#code").attr("aria-invalid"));
        assertTrue(page.select("#code").attr("aria-describedby").contains("code-error"));
    }

    @Test
    void aTakenNameIsRefusedIgnoringCase() {
        assertEquals(303, join(new Browser(), testClass.code(), "Dana").statusCode());
        Response response = join(new Browser(), testClass.code(), "DANA");
        assertTrue(
                Browser.refused(response).select("#name-error").text().contains("looks too much like a classmate's"));
        assertEquals("DANA", Browser.html(response).select("#name").val());
    }

    @Test
    void controlAndBidiOverrideCharactersAndOverlongNamesAreRefused() {
        for (String name : new String[] { "Eve\u202Egnp.exe", "Tab\u0007bell", "", "   ", "x".repeat(41) }) {
            Response response = join(new Browser(), testClass.code(), name);
            assertEquals(400, response.statusCode(), "refused: " + name);
            assertFalse(Browser.html(response).select("#name-error").text().isEmpty());
        }
        assertEquals(303, join(new Browser(), testClass.code(), "x".repeat(40)).statusCode());
    }

    @Test
    void namesAreStoredNfcNormalised() {
        Browser browser = new Browser();
        join(browser, testClass.code(), "Zoe\u0301"); // e + combining acute
        Document home = browser.page("/classes/" + testClass.id());
        assertTrue(home.select(".page-head strong").first().text().equals("Zo\u00e9"));
        Response taken = join(new Browser(), testClass.code(), "Zo\u00e9");
        assertEquals(400, taken.statusCode(), "the precomposed form is the same name");
    }

    @Test
    void aStudentCannotOpenAnotherClass() {
        Fixtures.TestClass other = fixtures.createClass("Other", 0);
        Browser browser = new Browser();
        join(browser, testClass.code(), "Finn");
        for (String path : new String[] { "/classes/" + other.id(), other.discussionPath(1) }) {
            Response refused = browser.get(path);
            assertEquals(303, refused.statusCode(), "refused: sent to the students' way back in");
            assertTrue(refused.header("Location").endsWith("/return?signedOut=1"));
        }
        assertEquals(404, browser.get("/classes/999999").statusCode());
    }

    @Test
    void withoutASessionClassPagesSendToTheStudentsWayBackIn() {
        Response response = new Browser().get("/classes/" + testClass.id());
        assertEquals(303, response.statusCode());
        assertTrue(response.header("Location").endsWith("/return?signedOut=1"));
    }

    @Test
    void joinWithoutCsrfTokenIsRefusedWithAFriendlyPageAndStoresNothing() {
        long before = fixtures.count(Account.class);
        Browser browser = new Browser();
        browser.page("/join");
        Response response = browser.post("/join", Map.of("code", testClass.code(), "name", "Gus"));
        assertNotNull(Browser.refused(response).select("h1").first());
        response.then().body(containsString("This form has expired"));
        assertEquals(before, fixtures.count(Account.class));
    }

    @Test
    void joiningOnABrowserWhereSomeoneIsSignedInAsksWhoIsJoiningFirst() {
        Fixtures.TestClass other = fixtures.createClass("Period 4", 0);
        Browser shared = new Browser();
        join(shared, testClass.code(), "Hana");
        long before = fixtures.count(org.roundtable.classroom.Enrollment.class);

        Response asked = join(shared, other.code(), "Ivo");
        assertEquals(200, asked.statusCode());
        Document question = Browser.html(asked);
        assertEquals("You are signed in as Hana", question.select("h1").text());
        assertEquals(before, fixtures.count(org.roundtable.classroom.Enrollment.class), "nothing joined yet");

        Browser hanasCopy = new Browser();
        hanasCopy.setCookie("rt_session", shared.cookie("rt_session"));
        Response asNew = sendForm(shared, question, "new");
        assertEquals(303, asNew.statusCode());
        assertEquals("\"storage\"", asNew.header("Clear-Site-Data"), "Hana's drafts leave with her");
        assertEquals("Ivo", shared.page("/classes/" + other.id()).select(".page-head strong").first().text());
        assertEquals(303, hanasCopy.get("/classes/" + testClass.id()).statusCode(), "Hana was signed out");
        Response notHana = shared.get("/classes/" + testClass.id());
        assertEquals(303, notHana.statusCode(), "Ivo is not Hana");
        assertTrue(notHana.header("Location").endsWith("/return?signedOut=1"), "Ivo is not Hana");
    }

    @Test
    void aStudentCanAddAnotherClassToTheirOwnAccountAfterSayingSo() {
        Fixtures.TestClass other = fixtures.createClass("Period 4", 0);
        Browser own = new Browser();
        join(own, testClass.code(), "Jo");
        String session = own.cookie("rt_session");
        Response joined = sendForm(own, Browser.html(join(own, other.code(), "Jo")), "current");
        assertEquals(303, joined.statusCode());
        assertEquals(session, own.cookie("rt_session"), "still the same session");
        assertEquals(200, own.get("/classes/" + other.id()).statusCode());
        assertEquals(200, own.get("/classes/" + testClass.id()).statusCode(), "one account, both classes");
    }

    @Test
    void aStudentAlreadyInTheClassUnderThatNameGoesStraightIn() {
        Browser own = new Browser();
        join(own, testClass.code(), "Kai");
        Response again = join(own, testClass.code(), "kai");
        assertEquals(303, again.statusCode());
        assertTrue(again.header("Location").endsWith("/classes/" + testClass.id()));
    }

    /** Sends the question page's form whose {@code joinAs} is the given choice. */
    private static Response sendForm(Browser browser, Document page, String joinAs) {
        org.jsoup.nodes.Element form = page.select("form:has(input[name=joinAs][value=" + joinAs + "])").first();
        assertNotNull(form, "a form to join as " + joinAs);
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        form.select("input[name]").forEach(input -> fields.put(input.attr("name"), input.val()));
        return browser.post(form.attr("action"), fields);
    }
}
