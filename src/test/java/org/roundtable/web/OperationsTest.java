package org.roundtable.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.roundtable.support.Browser;
import org.roundtable.support.Fixtures;
import org.roundtable.support.FreshData;
import org.roundtable.support.People;
import org.roundtable.support.People.Person;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OperationsTest extends FreshData {

    @Test
    void readinessIncludesTheDatabase() {
        String body = Browser.visit("/q/health/ready", 200).asString();
        assertTrue(body.contains("\"status\": \"UP\"") || body.contains("\"status\":\"UP\""), body);
        assertTrue(body.contains("Database connections health check"), body);
    }

    @Test
    void metricsShowRoundtablesOwnFigures() {
        Fixtures.TestClass c = fixtures.createClass("Metrics", 0);
        Person ana = People.student(fixtures, c.id(), "Ana");
        String before = new Browser().get("/q/metrics").asString();
        double posts = value(before, "roundtable_posts_created_total");
        ana.browser().submit(c.discussionPath(1), c.discussionPath(1) + "/posts",
                Map.of("body", "counted", "key", UUID.randomUUID().toString()));
        String after = new Browser().get("/q/metrics").asString();
        assertEquals(posts + 1, value(after, "roundtable_posts_created_total"));
        assertTrue(after.contains("roundtable_flags_total"));
        assertTrue(after.contains("roundtable_live_connections"));
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
