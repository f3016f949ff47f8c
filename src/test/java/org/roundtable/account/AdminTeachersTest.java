package org.roundtable.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.roundtable.account.AccountFixtures.copyOf;
import static org.roundtable.account.AccountFixtures.location;
import static org.roundtable.account.AccountFixtures.signIn;
import static org.roundtable.account.AccountFixtures.signedInAsTeacher;
import static org.roundtable.account.AccountFixtures.signedInThroughForm;
import static org.roundtable.account.AccountFixtures.studentInNewClass;

import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.support.Browser;
import org.roundtable.support.Fixtures;
import org.roundtable.support.FreshData;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;

@QuarkusTest
class AdminTeachersTest extends FreshData {

    static final String ADMIN_PASSWORD = "admin password, long";
    static final String TEACHER_PASSWORD = "teacher password, long";
    static final String PAGE = AdminResource.PATH;

    @Inject
    AccountFixtures accounts;

    long adminId;
    long teacherId;
    Browser admin;

    @BeforeEach
    void setUp() {
        adminId = fixtures.teacher("boss", ADMIN_PASSWORD, true);
        teacherId = fixtures.teacher("rivera", TEACHER_PASSWORD, false);
        admin = new Browser();
        assertEquals(303, signIn(admin, "boss", ADMIN_PASSWORD).statusCode());
    }

    private Response create(String username, String displayName) {
        return admin.submit(PAGE, PAGE, Map.of("username", username, "displayName", displayName));
    }

    private Response act(long id, String action) {
        return admin.submit(PAGE, PAGE + "/" + id + "/" + action, Map.of());
    }

    private static Element row(Document page, String username) {
        return page.select("tr.teacher:has(th.username:matchesOwn(^\\Q" + username + "\\E$))").first();
    }

    @Test
    void theListShowsEveryTeacherAccount() {
        Document page = admin.page(PAGE);
        assertEquals(2, page.select("tr.teacher").size());
        Element rivera = row(page, "rivera");
        assertEquals("Teacher rivera", rivera.select(".display-name").text());
        assertEquals("No", rivera.select(".teacher-admin").text());
        assertEquals("Active", rivera.select(".teacher-status").text());
        assertFalse(rivera.select("time[datetime]").isEmpty());
        assertEquals("Admin", row(page, "boss").select(".teacher-admin").text());
        assertEquals("Username", page.select("label[for=username]").text());
        assertEquals("Display name", page.select("label[for=displayName]").text());
    }

    @Test
    void aNewTeacherGetsAOneTimePasswordShownOnceAndMustChangeIt() {
        Response created = create(" j.rivera-2 ", "Ms Rivera");
        assertEquals(303, created.statusCode());
        assertEquals(PAGE, location(created));
        String revealCookie = admin.cookie(AdminResource.REVEAL_COOKIE);

        Response shown = admin.get(PAGE);
        assertTrue(shown.header("Cache-Control").contains("no-store"));
        Document page = Browser.html(shown);
        assertEquals("j.rivera-2", page.select(".one-time-username").text());
        String oneTime = page.select(".one-time-password").text();
        assertTrue(oneTime.matches("[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}"), oneTime);
        assertTrue(page.select(".one-time").text().contains("privately"));
        assertEquals("Has a one-time password", row(page, "j.rivera-2").select(".teacher-status").text());

        Document again = admin.page(PAGE);
        assertTrue(again.select(".one-time").isEmpty(), "shown only once");
        assertFalse(again.html().contains(oneTime));

        Browser teacher = new Browser();
        Response signedIn = signIn(teacher, "J.Rivera-2", oneTime);
        assertEquals(303, signedIn.statusCode());
        assertEquals(PasswordResource.PATH, location(signedIn));
        assertTrue(teacher.page(PasswordResource.PATH).select("[role=status]").text().contains("one-time password"));
        for (String path : new String[] { "/teach", "/teach/classes/1", PAGE }) {
            Response held = teacher.get(path);
            assertEquals(303, held.statusCode(), path);
            assertEquals(PasswordResource.PATH, location(held), path);
        }

        Response changed = teacher.submit(PasswordResource.PATH, PasswordResource.PATH,
                Map.of("current", oneTime, "password", "my own password", "repeat", "my own password"));
        assertEquals(303, changed.statusCode());
        assertNotEquals(PasswordResource.PATH, location(teacher.get("/teach")), "let through once changed");
        assertEquals(403, teacher.get(PAGE).statusCode(), "and a teacher who is not an admin is refused");

        admin.setCookie(AdminResource.REVEAL_COOKIE, revealCookie);
        assertTrue(admin.page(PAGE).select(".one-time").isEmpty(), "a replayed cookie shows a used password no more");
    }

    @Test
    void usernamesAreCheckedAndTypedValuesKept() {
        for (String username : new String[] { "ab", "has space", "x".repeat(41), "ünïcode", "RIVERA" }) {
            Response refused = create(username, "Somebody");
            assertEquals(400, refused.statusCode(), username);
            Document page = Browser.html(refused);
            assertFalse(page.select("#username-error").text().isEmpty(), username);
            assertEquals(username, page.select("#username").val());
            assertEquals("Somebody", page.select("#displayName").val());
            assertEquals("true", page.select("#username").attr("aria-invalid"));
        }
        assertTrue(Browser.html(create("Rivera", "Dup")).select("#username-error").text().contains("taken"));
        assertEquals(2, admin.page(PAGE).select("tr.teacher").size(), "nothing was created");
    }

    @Test
    void displayNamesAreCheckedAndEscaped() {
        assertTrue(Browser.html(create("lee", "  ")).select("#displayName-error").text().contains("Enter"));
        assertEquals(400, create("lee", "x".repeat(81)).statusCode());
        assertEquals(400, create("lee", "Mr\u202Eeel").statusCode());
        assertEquals(303, create("lee", "<script>alert(1)</script>").statusCode());
        Document page = admin.page(PAGE);
        assertEquals("<script>alert(1)</script>", row(page, "lee").select(".display-name").text());
        assertTrue(page.select("main script").isEmpty());
    }

    @Test
    void disablingEndsTheTeachersSessionsAtOnceAndEnablingLetsThemBackIn() {
        Browser teacher = signedInThroughForm("rivera", TEACHER_PASSWORD);
        Browser copy = copyOf(teacher);
        assertTrue(signedInAsTeacher(copy));

        Response disabled = act(teacherId, "disable");
        assertEquals(303, disabled.statusCode());
        assertEquals(PAGE, location(disabled));
        assertEquals("Disabled", row(admin.page(PAGE), "rivera").select(".teacher-status").text());
        assertFalse(signedInAsTeacher(copy), "the existing cookie is refused at once");
        assertEquals(0, accounts.sessionsOf(teacherId));
        Response refused = signIn(new Browser(), "rivera", TEACHER_PASSWORD);
        assertTrue(Browser.refused(refused).select("#password-error").text()
                .contains("That username and password do not match."));

        assertEquals(303, act(teacherId, "enable").statusCode());
        assertEquals("Active", row(admin.page(PAGE), "rivera").select(".teacher-status").text());
        Browser back = new Browser();
        assertEquals(303, signIn(back, "rivera", TEACHER_PASSWORD).statusCode());
        assertTrue(signedInAsTeacher(back));
    }

    @Test
    void anAdminCannotDisableThemselves() {
        Response refused = act(adminId, "disable");
        assertTrue(
                Browser.refused(refused).select(".error-summary").text().contains("cannot disable your own account"));
        assertFalse(accounts.account(adminId).disabled);
        assertTrue(signedInAsTeacher(admin));
        assertTrue(row(admin.page(PAGE), "boss").select("form").isEmpty(), "no buttons against oneself");
    }

    @Test
    void aNewOneTimePasswordReplacesTheOldOneAndEndsSessions() {
        Browser teacher = signedInThroughForm("rivera", TEACHER_PASSWORD);

        assertEquals(303, act(teacherId, "reset-password").statusCode());
        String oneTime = admin.page(PAGE).select(".one-time-password").text();
        assertFalse(oneTime.isEmpty());
        assertFalse(signedInAsTeacher(teacher));
        assertEquals(400, signIn(new Browser(), "rivera", TEACHER_PASSWORD).statusCode(), "the old password is gone");
        Response signedIn = signIn(new Browser(), "rivera", oneTime);
        assertEquals(PasswordResource.PATH, location(signedIn));

        assertEquals(400, act(adminId, "reset-password").statusCode(), "not for oneself");
    }

    @Test
    void unknownAccountsAndStudentsAreNotFound() {
        assertEquals(404, act(999_999, "disable").statusCode());
        Fixtures.TestClass testClass = fixtures.createClass("Period 3", 0);
        long studentId = fixtures.enrol(testClass.id(), "Ana", "ABCD-EFGH");
        assertEquals(404, act(studentId, "disable").statusCode());
        assertFalse(accounts.account(studentId).disabled);
    }

    @Test
    void onlyAdminsMayManageTeachers() {
        Browser teacher = signedInThroughForm("rivera", TEACHER_PASSWORD);
        assertEquals(403, teacher.get(PAGE).statusCode());
        String token = teacher.csrfToken(PasswordResource.PATH);
        Response post = teacher.post(PAGE + "/" + adminId + "/disable", Map.of(Browser.CSRF_FIELD, token));
        assertEquals(403, post.statusCode());
        Response create = teacher.post(PAGE,
                Map.of(Browser.CSRF_FIELD, token, "username", "sneaky", "displayName", "S"));
        assertEquals(403, create.statusCode());
        assertFalse(accounts.account(adminId).disabled);
        assertEquals(2, admin.page(PAGE).select("tr.teacher").size());

        Browser student = studentInNewClass(fixtures);
        assertEquals(403, student.get(PAGE).statusCode());

        Response anonymous = new Browser().get(PAGE);
        assertEquals(303, anonymous.statusCode());
        assertEquals("/signin", location(anonymous));
    }
}
