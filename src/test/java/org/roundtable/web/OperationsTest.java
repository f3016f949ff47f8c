package org.roundtable.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.roundtable.support.Browser;
import org.roundtable.support.Fixtures;
import org.roundtable.support.FreshData;
import org.roundtable.support.People;
import org.roundtable.support.People.Person;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/** Health and metrics answer on the management port (9000 by default), not on the public one. */
@QuarkusTest
class OperationsTest extends FreshData {

    /** Paths start at the management root, /q. */
    @TestHTTPResource(value = "/health/ready", management = true)
    URL ready;

    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @Test
    void readinessIncludesTheDatabase() {
        String body = RestAssured.get(ready).then().statusCode(200).extract().asString();
        assertTrue(body.contains("\"status\": \"UP\"") || body.contains("\"status\":\"UP\""), body);
        assertTrue(body.contains("Database connections health check"), body);
    }

    @Test
    void metricsShowRoundtablesOwnFigures() {
        Fixtures.TestClass c = fixtures.createClass("Metrics", 0);
        Person ana = People.student(fixtures, c.id(), "Ana");
        String before = RestAssured.get(metrics).then().statusCode(200).extract().asString();
        double posts = value(before, "roundtable_posts_created_total");
        ana.browser().submit(c.discussionPath(1), c.discussionPath(1) + "/posts",
                Map.of("body", "counted", "key", UUID.randomUUID().toString()));
        String after = RestAssured.get(metrics).asString();
        assertEquals(posts + 1, value(after, "roundtable_posts_created_total"));
        assertTrue(after.contains("roundtable_flags_total"));
        assertTrue(after.contains("roundtable_live_connections"));
    }

    @Test
    void thePublicPortHasNoHealthOrMetrics() {
        for (String path : new String[] { "/q/health", "/q/health/ready", "/q/metrics" }) {
            Browser.visit(path, 404);
        }
    }

    static double value(String metrics, String name) {
        for (String line : metrics.split("\n")) {
            if (line.startsWith(name + " ") || line.startsWith(name + "{")) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return 0;
    }
}
