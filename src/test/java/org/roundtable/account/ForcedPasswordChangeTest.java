package org.roundtable.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.roundtable.account.AccountFixtures.SESSION_COOKIE;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.roundtable.support.Browser;
import org.roundtable.support.ClassWithPost;
import org.roundtable.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.response.Response;
import jakarta.inject.Inject;

/** A teacher signed in with a one-time password can do nothing but choose their own (or sign out). */
@QuarkusTest
class ForcedPasswordChangeTest {

    @Inject
    Fixtures fixtures;

    @Inject
    AccountFixtures accounts;

    @Test
    void everySignedInPageAndActionWaitsForTheNewPassword() {
        ClassWithPost owned = ClassWithPost.create(fixtures, "rivera", "Forced", "an answer");
        Fixtures.TestClass c = owned.c();
        long post = owned.post();
        Browser browser = owned.teacher().browser();
        String token = browser.csrfToken(PasswordResource.PATH);
        accounts.change(owned.teacher().id(), account -> account.mustChangePassword = true);
        String before = fixtures.fingerprint();

        List<String> failures = new ArrayList<>();
        Map<String, Response> attempts = Map.of(
                "class home", browser.get("/classes/" + c.id()),
                "discussion", browser.get(c.discussionPath(1)),
                "live stream", RestAssured.given().redirects().follow(false).accept("text/event-stream")
                        .cookie(SESSION_COOKIE, browser.cookie(SESSION_COOKIE))
                        .config(RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                                .setParam("http.socket.timeout", 5000)))
                        .get(c.discussionPath(1) + "/events"),
                "start page", browser.get("/"),
                "teach", browser.get("/teach"),
                "answer",
                browser.post(c.discussionPath(1) + "/posts", Map.of("body", "written with a one-time password",
                        "key", UUID.randomUUID().toString(), Browser.CSRF_FIELD, token)),
                "reply",
                browser.post(c.discussionPath(1) + "/posts", Map.of("body", "a reply", "parent", String.valueOf(post),
                        "key", UUID.randomUUID().toString(), Browser.CSRF_FIELD, token)));
        attempts.forEach((what, response) -> {
            String location = response.header("Location");
            if (response.statusCode() != 303 || location == null || !location.endsWith(PasswordResource.PATH)) {
                failures.add(what + " → " + response.statusCode() + " " + location);
            }
        });
        assertEquals(List.of(), failures);
        assertEquals(before, fixtures.fingerprint(), "nothing was written");

        assertEquals(200, browser.get(PasswordResource.PATH).statusCode(), "the password page itself opens");
        assertEquals(200, browser.get("/css/app.css").statusCode(), "static files load");
        Response signOut = browser.submit(PasswordResource.PATH, "/signout", Map.of());
        assertEquals(303, signOut.statusCode());
        assertTrue(signOut.header("Location").endsWith("/"), "signing out still works");
    }
}
