package org.roundtable.moderation;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.discussion.PostStatus;
import org.roundtable.support.Browser;
import org.roundtable.support.ClassWithStudents;
import org.roundtable.support.Fixtures;
import org.roundtable.support.People;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Approving a whole waiting tab at once, and acting on several selected posts with one reason. */
@QuarkusTest
class BulkModerationTest extends ClassWithStudents {

    String approveAll;
    String selected;

    BulkModerationTest() {
        super("bulkteacher", "Busy", "Ana", "Ben");
    }

    @BeforeEach
    void setUp() {
        postFirst(false);
        fixtures.configure(c.id(), k -> k.preModeration = true);
        approveAll = moderation + "/approve-all";
        selected = moderation + "/selected";
    }

    long auditRows(String kind) {
        return teacher.browser().page("/teach/classes/" + c.id() + "/audit").select("tbody tr td:eq(2)").stream()
                .filter(td -> td.text().equals(kind)).count();
    }

    /** Posts the selection with the token of the queue page: {@code post} repeats once per id. */
    Response select(List<Long> ids, String action, String reason) {
        Browser browser = teacher.browser();
        String token = browser.csrfToken(moderation);
        RequestSpecification spec = given().redirects().follow(false)
                .cookie(Browser.CSRF_COOKIE, browser.cookie(Browser.CSRF_COOKIE))
                .cookie("rt_session", browser.cookie("rt_session"))
                .formParam(Browser.CSRF_FIELD, token).formParam("action", action).formParam("reason", reason)
                .formParam("back", moderation + "?tab=waiting");
        ids.forEach(id -> spec.formParam("post", id));
        return spec.post(selected);
    }

    @Test
    void approveAllConfirmsWithTheCount() {
        answer(ana, "First");
        answer(ben, "Second");
        answer(ana, "Third");
        Document queue = teacher.browser().page(moderation + "?tab=waiting");
        assertEquals("Approve all (3)", queue.select("a[href$=/moderation/approve-all]").text());
        Document confirm = teacher.browser().page(approveAll);
        assertEquals("Approve all 3 waiting posts?", confirm.select("h2").first().text());
        assertEquals(3, confirm.select(".approve-all-list li").size());
        assertEquals("Approve all 3", confirm.select(".approve-all-form button").text());
    }

    @Test
    void approveAllApprovesThoseShownOnly() {
        long first = answer(ana, "First");
        long second = answer(ben, "Second");
        long third = answer(ana, "Third");
        Document confirm = teacher.browser().page(approveAll);
        String upTo = confirm.select("input[name=upTo]").attr("value");
        String shownAt = confirm.select("input[name=shownAt]").attr("value");
        long late = answer(ben, "Arrived after the confirmation");
        Response done = teacher.browser().submit(approveAll, approveAll, Map.of("upTo", upTo, "shownAt", shownAt));
        assertEquals(303, done.statusCode());
        assertTrue(done.header("Location").endsWith("/moderation?tab=waiting"), done.header("Location"));
        for (long id : List.of(first, second, third)) {
            assertEquals(PostStatus.PUBLISHED, fixtures.find(id).status);
        }
        assertEquals(PostStatus.PENDING, fixtures.find(late).status, "never approved unseen");
        assertEquals(3, auditRows("Approved a post"));
    }

    @Test
    void selectedApproveAndHideWithOneReason() {
        long first = answer(ana, "First");
        long second = answer(ben, "Second");
        long third = answer(ana, "Third");
        assertEquals(303, select(List.of(first, second), "hide", "Off topic").statusCode());
        assertEquals("Off topic", fixtures.find(first).hiddenReason);
        assertEquals("Off topic", fixtures.find(second).hiddenReason);
        assertEquals(PostStatus.HIDDEN, fixtures.find(second).status);
        assertEquals(2, auditRows("Hid a post"));
        assertEquals(303, select(List.of(third), "approve", "").statusCode());
        assertEquals(PostStatus.PUBLISHED, fixtures.find(third).status);
        Document queue = teacher.browser().page(moderation + "?tab=waiting");
        assertEquals(0, queue.select("form input[name=post]").size(), "checkboxes sit outside any form");
    }

    @Test
    void selectedRefusesPostsOfAnotherClassAndAnEmptySelection() {
        long mine = answer(ana, "Mine");
        Fixtures.TestClass other = fixtures.createClass("Other", 0, teacher.id());
        long zed = People.student(fixtures, other.id(), "Zed").id();
        long theirs = fixtures.post(other.discussions().get(0), zed, null, "elsewhere");
        String before = fixtures.fingerprint();
        assertEquals(404, select(List.of(mine, theirs), "hide", "x").statusCode());
        Response empty = select(List.of(), "approve", "");
        assertTrue(Browser.refused(empty).select(".error-summary").text().contains("Select at least one post"));
        assertEquals(before, fixtures.fingerprint(), "nothing changed");
    }
}
