package org.roundtable.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.account.Account;
import org.roundtable.discussion.Post;
import org.roundtable.support.Browser;
import org.roundtable.support.Fixtures;
import org.roundtable.support.FreshData;
import org.roundtable.support.People;
import org.roundtable.support.People.Person;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class TeacherClassTest extends FreshData {

    Person teacher;

    @BeforeEach
    void setUp() {
        teacher = People.teacher(fixtures, "msrivera");
    }

    long createClass(String name) {
        Response created = teacher.browser().submit("/teach/new-class", "/teach/classes", Map.of("name", name));
        assertEquals(303, created.statusCode());
        String location = created.header("Location");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void aTeacherCreatesAClassAndSeesItsJoinCodeProminently() {
        Document form = teacher.browser().page("/teach/new-class");
        assertEquals("Class name", form.select("label[for=name]").text());
        Response empty = teacher.browser().submit("/teach/new-class", "/teach/classes", Map.of("name", "  "));
        assertEquals(400, empty.statusCode());

        long id = createClass("Period 3 Civics");
        Document overview = teacher.browser().page("/teach/classes/" + id);
        assertEquals("Period 3 Civics", overview.select("h1").text());
        String code = overview.select(".join-code").text();
        assertTrue(code.matches("[A-HJ-KM-NP-Z2-9]{6}"), code);
        Document sheet = teacher.browser().page("/teach/classes/" + id + "/sheet");
        assertEquals(code, sheet.select(".join-code").text());

        Document dashboard = teacher.browser().page("/teach");
        assertEquals("Period 3 Civics", dashboard.select(".class-card h2 a").text());
        assertEquals("0", dashboard.select(".class-card .stats dd").first().text());
    }

    @Test
    void settingsChangeTheRulesAndRefuseNonsenseKeepingWhatWasTyped() {
        long id = createClass("Settings class");
        String settings = "/teach/classes/" + id + "/settings";
        Response bad = teacher.browser().submit(settings, settings,
                Map.of("name", "Renamed", "editWindowMinutes", "-5", "slowModeSeconds", "ten"));
        assertEquals("Renamed", Browser.refused(bad).select("#name").val());
        assertEquals("ten", Browser.html(bad).select("#slowModeSeconds").val());

        Response ok = teacher.browser().submit(settings, settings, Map.of("name", "Renamed", "preModeration", "on",
                "anonymous", "on", "editWindowMinutes", "10", "slowModeSeconds", "0"));
        assertEquals(303, ok.statusCode());
        Classroom saved = fixtures.classroom(id);
        assertEquals("Renamed", saved.name);
        assertFalse(saved.postFirst, "unchecked box turns post first off");
        assertTrue(saved.preModeration);
        assertTrue(saved.anonymous);
        assertEquals(10, saved.editWindowMinutes);
        assertEquals(0, saved.slowModeSeconds);
    }

    @Test
    void aNewJoinCodeStopsTheOldOne() {
        long id = createClass("Code class");
        String old = fixtures.classroom(id).joinCode;
        teacher.browser().submit("/teach/classes/" + id + "/settings", "/teach/classes/" + id + "/code", Map.of());
        String fresh = fixtures.classroom(id).joinCode;
        assertNotEquals(old, fresh);
        Response join = new Browser().submit("/join", "/join", Map.of("code", old, "name", "Late Comer"));
        assertEquals(400, join.statusCode());
        assertEquals(303,
                new Browser().submit("/join", "/join", Map.of("code", fresh, "name", "On Time")).statusCode());
    }

    @Test
    void anArchivedClassIsReadOnly() {
        Fixtures.TestClass c = fixtures.createClass("Archive me", 0, teacher.id());
        Person ana = People.student(fixtures, c.id(), "Ana");
        teacher.browser().submit("/teach/classes/" + c.id(), "/teach/classes/" + c.id() + "/archive", Map.of());
        Document page = ana.browser().page(c.discussionPath(1));
        assertTrue(page.select(".compose .banner").text().contains("archived"));
        assertTrue(page.select("#answer-form").isEmpty());
        Response post = ana.browser().submit(c.discussionPath(1), c.discussionPath(1) + "/posts",
                Map.of("body", "too late", "key", UUID.randomUUID().toString()));
        assertEquals(400, post.statusCode());
        assertEquals(0, fixtures.count(Post.class));
    }

    @Test
    void assigningAnArticleWithDueDateAndMinimumWordsReachesStudents() {
        long id = createClass("Assign class");
        long articleId = fixtures.bundledArticleId();
        String assign = "/teach/classes/" + id + "/assign";
        Document step2 = teacher.browser().page(assign + "?article=" + articleId);
        assertEquals(4, step2.select("input[name=question]").size());

        String yesterday = LocalDateTime.now().minusDays(1).withNano(0).withSecond(0).toString();
        Browser browser = teacher.browser();
        String token = browser.csrfToken(assign + "?article=" + articleId);
        java.util.List<Long> questions = fixtures.questionIds(articleId);
        Response response = io.restassured.RestAssured.given().redirects().follow(false)
                .cookie("rt_session", browser.cookie("rt_session")).cookie("rt_csrf", browser.cookie("rt_csrf"))
                .contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", token).formParam("articleId", articleId)
                .formParam("question", questions.get(0)).formParam("question", questions.get(2))
                .formParam("due", yesterday).formParam("minWords", "5").formParam("instructions", "Use evidence.")
                .post(assign);
        assertEquals(303, response.statusCode());

        Person ana = People.student(fixtures, id, "Ana");
        Document home = ana.browser().page("/classes/" + id);
        assertEquals(2, home.select(".question-item").size());
        assertNotNull(home.selectFirst(".badge-late"), "past due shows as late");
        assertTrue(home.select(".instructions").text().contains("Use evidence."));

        String discussion = home.select(".question-item a").first().attr("href");
        Response short1 = ana.browser().submit(discussion, discussion + "/posts",
                Map.of("body", "Too short.", "key", UUID.randomUUID().toString()));
        assertTrue(Browser.refused(short1).select("#answer-body-error").text().contains("at least 5 words"));
        assertEquals(303, ana.browser().submit(discussion, discussion + "/posts",
                Map.of("body", "This answer has enough words in it.", "key", UUID.randomUUID().toString()))
                .statusCode(), "late answers are still accepted");
    }

    @Test
    void deletingAClassNeedsItsNameAndRemovesEverythingInIt() {
        Fixtures.TestClass c = fixtures.createClass("Doomed", 0, teacher.id());
        Person ana = People.student(fixtures, c.id(), "Ana");
        fixtures.post(c.discussions().get(0), ana.id(), null, "my answer");
        String delete = "/teach/classes/" + c.id() + "/delete";
        assertEquals(400, teacher.browser().submit(delete, delete, Map.of("confirmName", "doomed")).statusCode());
        assertNotNull(fixtures.classroom(c.id()));
        assertEquals(303, teacher.browser().submit(delete, delete, Map.of("confirmName", "Doomed")).statusCode());
        assertNull(fixtures.classroom(c.id()));
        assertEquals(0, fixtures.count(Post.class));
        assertNull(fixtures.account(ana.id()), "a student in no other class is deleted");
        assertNotNull(fixtures.account(teacher.id()));
        assertEquals(303, ana.browser().get("/classes/" + c.id()).statusCode(), "the student's session is gone");
        assertTrue(fixtures.count(Account.class) >= 1);
    }
}
