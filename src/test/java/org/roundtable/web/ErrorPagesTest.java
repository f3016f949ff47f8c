package org.roundtable.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.roundtable.support.Browser;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class ErrorPagesTest {

    @Test
    void anUnknownPathIsAFriendlyPageInTheLayout() {
        Response response = new Browser().get("/no/such/page");
        assertEquals(404, response.statusCode());
        assertTrue(response.contentType().startsWith("text/html"));
        Document page = Browser.html(response);
        assertEquals("We could not find that page", page.select("h1").text());
        assertNotNull(page.selectFirst("a.skip-link"));
        assertNotNull(page.selectFirst("main a[href=/]"));
        assertFalse(response.asString().contains("Exception"));
    }

    @Test
    void theStartAndJoinPagesWorkForNewcomers() {
        Document home = new Browser().page("/");
        assertNotNull(home.selectFirst("a[href=/join]"));
        Document join = new Browser().page("/join?code=ab-cd 23");
        assertEquals("ABCD23", join.select("#code").val(), "a code from a join sheet link is prefilled");
        assertEquals("Class code", join.select("label[for=code]").text());
        assertEquals("Display name", join.select("label[for=name]").text());
    }

    @Test
    void theStylesheetIsServed() {
        assertEquals(200, new Browser().get("/css/app.css").statusCode());
    }
}
