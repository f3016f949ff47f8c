package org.roundtable.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.roundtable.support.Browser;
import org.roundtable.support.ClassWithStudents;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The front door and the brand link take a signed-in person to where they work. */
@QuarkusTest
class HomeRedirectTest extends ClassWithStudents {

    HomeRedirectTest() {
        super("mrhome", "Home", "Ana", "Ben");
    }

    @Test
    void teacherOpeningRootGoesToDashboard() {
        Response response = teacher.browser().get("/");
        assertEquals(303, response.statusCode());
        assertTrue(response.header("Location").endsWith("/teach"), response.header("Location"));
    }

    @Test
    void studentOpeningRootGoesToClassHome() {
        Response response = ana.browser().get("/");
        assertEquals(303, response.statusCode());
        assertTrue(response.header("Location").endsWith("/classes/" + c.id()));
    }

    @Test
    void brandLinksToDashboardForTeacher() {
        assertEquals("/teach", teacher.browser().page("/teach/classes/" + c.id()).select("a.brand").attr("href"));
        assertEquals("/", ana.browser().page(q1).select("a.brand").attr("href"));
        assertEquals("/", new Browser().page("/").select("a.brand").attr("href"));
    }
}
