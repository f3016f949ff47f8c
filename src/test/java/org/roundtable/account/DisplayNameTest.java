package org.roundtable.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.roundtable.account.AccountFixtures.location;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.support.Browser;
import org.roundtable.support.Fixtures;
import org.roundtable.support.FreshData;
import org.roundtable.support.People;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;

/** A teacher, the admin among them, changes the display name students and colleagues see. */
@QuarkusTest
class DisplayNameTest extends FreshData {

    @Inject
    AccountFixtures accounts;

    long adminId;
    long teacherId;

    @BeforeEach
    void twoTeachers() {
        adminId = fixtures.teacher("admin", "Administrator", People.PASSWORD, true);
        teacherId = fixtures.teacher("rivera", "Ms Rivera", People.PASSWORD, false);
    }

    private static Response rename(Browser browser, String name) {
        return browser.submit(AccountResource.PATH, AccountResource.PATH, Map.of("displayName", name));
    }

    private static Response answer(Browser browser, String discussion, String body) {
        return browser.submit(discussion, discussion + "/posts", Map.of("body", body, "key", "" + UUID.randomUUID()));
    }

    @Test
    void theAdminRenamedShowsTheNewNameInTheHeaderAndOnNewPostsOnly() {
        Fixtures.TestClass c = fixtures.createClass("Period 3", 0, adminId);
        String q1 = c.discussionPath(1);
        Browser admin = People.signedIn(fixtures, adminId).browser();
        Browser student = People.student(fixtures, c.id(), "Ana").browser();
        assertEquals(303, answer(admin, q1, "Written before the change").statusCode());

        Response saved = rename(admin, "  Mr   Okafor ");
        assertEquals(303, saved.statusCode());
        assertEquals(AccountResource.PATH + "?saved=1", location(saved));
        Document confirmation = admin.page(location(saved));
        assertTrue(confirmation.select("[role=status]").text().contains("Mr Okafor"));
        assertEquals("Mr Okafor", admin.page("/teach").select(".signed-in-as strong").text());

        assertEquals(303, answer(admin, q1, "Written after the change").statusCode());
        assertEquals(303, answer(student, q1, "My own answer, so I see the others").statusCode());
        List<String> bylines = student.page(q1).select(".author").eachText();
        assertTrue(bylines.stream().anyMatch(name -> name.contains("Administrator")), bylines.toString());
        assertTrue(bylines.stream().anyMatch(name -> name.contains("Mr Okafor")), bylines.toString());
    }

    @Test
    void aTeacherChangesTheirOwnNameFromTheLinkInTheHeader() {
        Browser rivera = People.signedIn(fixtures, teacherId).browser();
        Document dashboard = rivera.page("/teach");
        assertEquals(AccountResource.PATH, dashboard.select(".site-header a:contains(Your account)").attr("href"));
        Document page = rivera.page(AccountResource.PATH);
        assertEquals("Display name", page.select("label[for=displayName]").text());
        assertEquals("Ms Rivera", page.select("#displayName").val());

        assertEquals(303, rename(rivera, "Dr Rivera").statusCode());
        assertEquals("Dr Rivera", accounts.account(teacherId).displayName);
        assertEquals("Administrator", accounts.account(adminId).displayName, "only one's own name changes");
    }

    @Test
    void aNameAgainstTheRulesIsRefusedAndShownBackAsTyped() {
        Browser rivera = People.signedIn(fixtures, teacherId).browser();
        Map<String, String> refused = Map.of(
                "", "Enter the name students and colleagues will see",
                "x".repeat(81), "Use at most 80 characters.",
                "P\u0430ul Smith", Names.mixedScripts());
        refused.forEach((typed, message) -> {
            Response response = rename(rivera, typed);
            assertEquals(400, response.statusCode(), typed);
            Document page = Browser.html(response);
            assertTrue(page.select("#displayName-error").text().contains(message), page.select("form").text());
            assertEquals("true", page.select("#displayName").attr("aria-invalid"));
            assertEquals(typed, page.select("#displayName").val());
        });
        assertEquals("Ms Rivera", accounts.account(teacherId).displayName);
    }

    @Test
    void aStudentHasNoAccountPageNorLink() {
        Fixtures.TestClass c = fixtures.createClass("Period 3", 0, teacherId);
        Browser student = People.student(fixtures, c.id(), "Ana").browser();
        int status = student.get(AccountResource.PATH).statusCode();
        assertTrue(status == 403 || status == 404, "status " + status);
        assertNull(student.page("/classes/" + c.id()).selectFirst(".site-header a:contains(Your account)"));
    }
}
