package org.roundtable.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.roundtable.support.Browser;
import org.roundtable.support.ClassWithPost;
import org.roundtable.support.Fixtures;
import org.roundtable.support.Routes;
import org.roundtable.support.Routes.Route;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;

/**
 * Every state-changing route of the application, read from the application itself,
 * refuses a request without the CSRF token, with a wrong one, and one that is not a
 * form — and changes nothing. Sent by a signed-in owner, so only the token is missing.
 */
@QuarkusTest
class CsrfEverywhereTest {

    @Inject
    Fixtures fixtures;

    @Test
    void everyPostRouteRefusesForgedRequestsAndChangesNothing() {
        ClassWithPost owned = ClassWithPost.create(fixtures, "owner", "Owned", "an answer");
        long adminId = fixtures.teacher("admin2", "admin password 123", true);
        Map<String, Object> ids = owned.ids(fixtures, adminId);

        List<Route> posts = Routes.all().stream().filter(r -> !r.isGet()).toList();
        assertTrue(posts.size() >= 25, "found only " + posts.size() + " POST routes");
        Browser browser = owned.teacher().browser();
        browser.page("/join"); // holds a CSRF cookie, as a real browser would
        List<String> failures = new ArrayList<>();
        for (Route route : posts) {
            String path = Routes.fill(route.template(), ids);
            String before = fixtures.fingerprint();
            Map<String, Response> attempts = new HashMap<>();
            attempts.put("no token", browser.post(path, Map.of()));
            attempts.put("wrong token", browser.post(path, Map.of(Browser.CSRF_FIELD, "forged")));
            attempts.put("json", RestAssured.given().redirects().follow(false)
                    .cookie("rt_session", browser.cookie("rt_session")).cookie("rt_csrf", browser.cookie("rt_csrf"))
                    .header("X-CSRF-TOKEN", "forged").contentType("application/json").body("{}").post(path));
            attempts.forEach((kind, response) -> {
                int status = response.statusCode();
                if (status != 400 && status != 403 && status != 415) {
                    failures.add(route + " " + kind + " → " + status);
                }
            });
            if (!before.equals(fixtures.fingerprint())) {
                failures.add(route + " changed data");
            }
        }
        assertEquals(List.of(), failures);
    }
}
