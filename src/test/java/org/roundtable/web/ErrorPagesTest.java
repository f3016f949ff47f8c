package org.roundtable.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.channels.ClosedChannelException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.roundtable.support.Browser;
import org.roundtable.support.ClassWithPost;
import org.roundtable.support.Fixtures;
import org.roundtable.support.FreshData;
import org.roundtable.support.LogRecords;
import org.roundtable.support.People;
import org.roundtable.support.People.Person;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;

@QuarkusTest
class ErrorPagesTest extends FreshData {

    @Test
    void aBrowserThatLeavesBeforeTheAnswerIsWrittenIsNoFailure() {
        try (LogRecords log = LogRecords.capture()) {
            FailureLog.unexpected(new IllegalStateException("writing", new ClosedChannelException()));
            assertTrue(log.atLeast(Level.WARNING).isEmpty(),
                    "a closed connection is not an error: " + log.atLeast(Level.WARNING));
            FailureLog.unexpected(new IllegalStateException("a real failure"));
            assertEquals(1, log.atLeast(Level.SEVERE).size(), "a real failure is still logged");
        }
    }

    @Test
    void anUnknownPathIsAFriendlyPageInTheLayout() {
        Response response = Browser.visit("/no/such/page", 404);
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

    @Test
    void aStackOverflowIsTheFriendlyPageAndItsStackIsLoggedOnce() {
        try (LogRecords log = LogRecords.capture()) {
            for (int i = 0; i < 3; i++) {
                Response response = Browser.visit("/test-only/failure?kind=stack-overflow", 500);
                assertTrue(response.contentType().startsWith("text/html"), response.contentType());
                assertEquals("Something went wrong on our side", Browser.html(response).select("h1").text());
                assertNotNull(response.header("Content-Security-Policy"));
            }
            assertEquals(1, log.withStackTrace(), "one stack trace for one cause, not one per request");
        }
    }

    @Test
    void malformedRequestsGetThePlainErrorPageWithHeadersAndNoErrorInTheLog() throws IOException {
        try (LogRecords log = LogRecords.capture()) {
            for (String target : List.of("", "Host: a b\r\n", "Host: x:abc\r\n", "Host: [::1\r\n")) {
                String answer = raw("GET /classes/1 HTTP/1.1\r\n" + target + "Connection: close\r\n\r\n");
                String head = answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n"))).toLowerCase();
                assertTrue(head.startsWith("http/1.1 400"), target + ": " + head);
                assertTrue(head.contains("content-type: text/html"), target + ": " + head);
                assertTrue(head.contains("content-security-policy: default-src 'self'"), target + ": " + head);
                assertTrue(head.contains("x-content-type-options: nosniff"), target + ": " + head);
                Document page = Jsoup.parse(answer.substring(answer.indexOf("\r\n\r\n")));
                assertFalse(page.select("h1").text().isEmpty(), target + ": " + answer);
            }
            assertEquals(List.of(),
                    log.atLeast(Level.INFO).stream().map(r -> r.getLevel() + " " + r.getMessage()).toList(),
                    "a malformed request is the client's mistake, not a server error");
        }
    }

    @Test
    void aPageNumberTooLargeToCountIsABadRequestPage() {
        Fixtures.TestClass c = fixtures.createClass("Pages", 0);
        Person ana = People.student(fixtures, c.id(), "Ana");
        Response response = ana.browser().get(c.discussionPath(1) + "?page=2147483647");
        assertEquals(400, response.statusCode());
        assertTrue(response.contentType().startsWith("text/html"));
        assertNotNull(response.header("Content-Security-Policy"));
        assertFalse(Browser.html(response).select("h1").text().isEmpty());
        assertEquals(200, ana.browser().get(c.discussionPath(1) + "?page=3").statusCode(),
                "an empty page is still a page");
    }

    @Test
    void aBackAddressWithALineBreakGoesToTheQueueInstead() {
        ClassWithPost owned = ClassWithPost.create(fixtures, "teacher", "Back", "an answer");
        Fixtures.TestClass c = owned.c();
        String queue = "/teach/classes/" + c.id() + "/moderation";
        Response response = owned.teacher().browser().submit(queue,
                "/teach/classes/" + c.id() + "/posts/" + owned.post() + "/endorse",
                Map.of("back", "/classes/" + c.id() + "/x\r\nSet-Cookie: planted=1"));
        assertEquals(303, response.statusCode(), response.asString());
        assertTrue(response.header("Location").endsWith(queue), response.header("Location"));
    }

    static String raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
