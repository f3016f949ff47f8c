package org.roundtable.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.roundtable.support.Browser;
import org.roundtable.support.Fixtures;
import org.roundtable.support.FreshData;
import org.roundtable.support.People;
import org.roundtable.support.People.Person;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;

/** Every kind of response carries the security headers, errors included. */
@QuarkusTest
class SecurityHeadersTest extends FreshData {

    @Test
    void everyStatusCarriesTheHeaders() {
        Fixtures.TestClass c = fixtures.createClass("Headers", 3600);
        Person ana = People.student(fixtures, c.id(), "Ana");
        ana.browser().submit(c.discussionPath(1), c.discussionPath(1) + "/posts",
                Map.of("body", "first", "key", UUID.randomUUID().toString()));

        Map<Integer, Response> byStatus = new LinkedHashMap<>();
        byStatus.put(200, new Browser().get("/"));
        byStatus.put(303, new Browser().get("/classes/" + c.id()));
        byStatus.put(400, new Browser().post("/join", Map.of("code", c.code(), "name", "No Token")));
        byStatus.put(403, ana.browser().get("/teach"));
        byStatus.put(404, new Browser().get("/no/such/page"));
        byStatus.put(429, ana.browser().submit(c.discussionPath(1), c.discussionPath(1) + "/posts",
                Map.of("body", "too soon", "key", UUID.randomUUID().toString())));
        byStatus.put(500, new Browser().get("/test-only/failure"));

        byStatus.forEach((status, response) -> {
            assertEquals(status, response.statusCode(), "status");
            String csp = response.header("Content-Security-Policy");
            assertTrue(csp != null && csp.contains("default-src 'self'") && csp.contains("script-src 'self'")
                    && csp.contains("object-src 'none'") && csp.contains("frame-ancestors 'none'")
                    && !csp.contains("unsafe-inline"), status + ": " + csp);
            assertEquals("nosniff", response.header("X-Content-Type-Options"), status + " nosniff");
            assertEquals("same-origin", response.header("Referrer-Policy"), status + " referrer");
            assertTrue(response.header("Permissions-Policy").contains("camera=()"), status + " permissions");
            assertEquals("no-store", response.header("Cache-Control"), status + " cache");
        });
        assertTrue(byStatus.get(500).asString().contains("Something went wrong on our side"));
        assertTrue(!byStatus.get(500).asString().contains("IllegalStateException"), "no stack trace");
    }

    @Test
    void redirectsNameAPathNeverTheHostTheClientSent() {
        Fixtures.TestClass c = fixtures.createClass("Hosts", 0);
        Person ana = People.student(fixtures, c.id(), "Ana");
        List<Response> redirects = List.of(
                RestAssured.given().redirects().follow(false).header("Host", "evil.example").get("/classes/" + c.id()),
                RestAssured.given().redirects().follow(false).header("Host", "evil.example")
                        .cookie("rt_session", ana.browser().cookie("rt_session")).get("/"),
                RestAssured.given().redirects().follow(false).header("X-Forwarded-Host", "evil.example")
                        .get("/classes/" + c.id()));
        for (Response response : redirects) {
            assertEquals(303, response.statusCode());
            String location = response.header("Location");
            assertTrue(location.startsWith("/") && !location.startsWith("//"), location);
            assertFalse(location.contains("evil"), location);
        }
    }

    @Test
    void staticFilesMayBeCachedAndHaveNoHstsWithoutTls() {
        Response css = new Browser().get("/css/app.css");
        assertEquals(200, css.statusCode());
        assertTrue(css.header("Cache-Control") == null || !css.header("Cache-Control").contains("no-store"));
        assertEquals(null, css.header("Strict-Transport-Security"));
    }
}
