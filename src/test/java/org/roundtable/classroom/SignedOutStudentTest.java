package org.roundtable.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.roundtable.support.Browser;
import org.roundtable.support.ClassWithStudents;
import org.roundtable.support.Fixtures;
import org.roundtable.support.People;
import org.roundtable.support.People.Person;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * A student who opens a class link without a place in the class (signed out, removed, or signed in
 * to another class) lands on the students' way back in, not on the teachers' sign-in.
 */
@QuarkusTest
class SignedOutStudentTest extends ClassWithStudents {

    static final String RETURN_PAGE = "/return?signedOut=1";

    SignedOutStudentTest() {
        super("mrsignout", "Signed out", "Ana", "Ben");
    }

    static void assertLandsOnReturnPage(Browser browser, String path) {
        Response response = browser.get(path);
        assertEquals(303, response.statusCode());
        assertTrue(response.header("Location").endsWith(RETURN_PAGE), response.header("Location"));
        Document page = browser.page(RETURN_PAGE);
        assertTrue(page.select("main").text().contains("You are not signed in to this class"), page.text());
        assertEquals("/join", page.select("a:contains(Join again)").attr("href"));
        assertTrue(page.select("form button").text().contains("Sign in"));
    }

    @Test
    void signedOutStudentLandsOnReturnPage() {
        assertLandsOnReturnPage(new Browser(), "/classes/" + c.id());
        assertLandsOnReturnPage(new Browser(), q1);
        assertEquals(303, ana.browser().submit(q1, "/signout", Map.of()).statusCode());
        assertLandsOnReturnPage(ana.browser(), q1);
    }

    @Test
    void removedStudentLandsOnReturnPage() {
        String remove = "/teach/classes/" + c.id() + "/students/" + ana.id() + "/remove";
        assertEquals(303, teacher.browser().submit(remove, remove, Map.of()).statusCode());
        assertLandsOnReturnPage(ana.browser(), "/classes/" + c.id());
        assertLandsOnReturnPage(ana.browser(), q1);
    }

    @Test
    void studentOfAnotherClassLandsOnReturnPage() {
        Fixtures.TestClass other = fixtures.createClass("Other", 0, teacher.id());
        Person cleo = People.student(fixtures, other.id(), "Cleo");
        assertLandsOnReturnPage(cleo.browser(), "/classes/" + c.id());
        assertLandsOnReturnPage(cleo.browser(), q1);
    }

    @Test
    void waitingStudentStillSeesWaitingPage() {
        QuarkusTransaction.requiringNew().run(() -> Enrollment.update("approved = false where account.id = ?1",
                ana.id()));
        Document home = ana.browser().page("/classes/" + c.id());
        assertEquals(1, home.select(".waiting").size(), "the waiting page");
        Response discussion = ana.browser().get(q1);
        assertEquals(303, discussion.statusCode(), "a discussion link leads to the waiting page");
        assertEquals("/classes/" + c.id(), URI.create(discussion.header("Location")).getPath());
        assertEquals(1, ana.browser().page(URI.create(discussion.header("Location")).getPath()).select(".waiting")
                .size(), "the class home shows the waiting page itself, so there is no loop");
    }

    @Test
    void teacherPagesStillGoToSignIn() {
        Response response = new Browser().get("/teach");
        assertEquals(303, response.statusCode());
        assertTrue(response.header("Location").endsWith("/signin"));
        Person other = People.teacher(fixtures, "mrsother");
        assertEquals(403, other.browser().get("/classes/" + c.id()).statusCode(), "another teacher: refused");
    }
}
