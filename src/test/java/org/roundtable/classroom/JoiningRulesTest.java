package org.roundtable.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.account.Throttle;
import org.roundtable.support.Browser;
import org.roundtable.support.Fixtures;
import org.roundtable.support.FreshData;
import org.roundtable.support.People;
import org.roundtable.support.People.Person;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * One person cannot fill a class with made-up classmates: joins are limited per browser and
 * per address (high enough for a whole class behind one school address), and the teacher can
 * close joining or have new students wait for approval.
 */
@QuarkusTest
class JoiningRulesTest extends FreshData {

    Person teacher;
    Fixtures.TestClass c;

    @BeforeEach
    void setUp() {
        teacher = People.teacher(fixtures, "ms.joins");
        c = fixtures.createClass("Period 5", 0, teacher.id());
    }

    private static Response join(Browser browser, String code, String name) {
        return browser.submit("/join", "/join", Map.of("code", code, "name", name));
    }

    @Test
    void oneBrowserCannotCreateClassmatesOneAfterAnother() {
        Browser browser = new Browser();
        for (int i = 0; i < Throttle.JOINS_DEVICE.allowed(); i++) {
            assertEquals(303, join(browser, c.code(), "Puppet " + i).statusCode(), "join " + i);
            browser.forget("rt_session");
        }
        long before = fixtures.count(Enrollment.class);
        Response refused = join(browser, c.code(), "Puppet again");
        assertEquals(429, refused.statusCode());
        assertTrue(Long.parseLong(refused.header("Retry-After")) > 0);
        assertEquals("Puppet again", Browser.html(refused).select("#name").val(), "what was typed stays");
        assertEquals(before, fixtures.count(Enrollment.class));
    }

    @Test
    void aWholeClassBehindOneAddressJoinsAtOnce() throws Exception {
        ConcurrentLinkedQueue<Integer> statuses = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(12);
        for (int i = 0; i < 35; i++) {
            String name = "Student " + i;
            pool.execute(() -> statuses.add(join(new Browser(), c.code(), name).statusCode()));
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(2, TimeUnit.MINUTES), "35 students joined within two minutes");
        assertEquals(35, statuses.stream().filter(s -> s == 303).count(), "statuses " + statuses);
        assertEquals(35, fixtures.count(Enrollment.class));
    }

    @Test
    void aClassWithJoiningClosedTakesNobodyNewButLetsStudentsComeBack() {
        fixtures.enrol(c.id(), "Already In", "ABCD-EFGH");
        saveSettings(Map.of("joining", "closed"));
        assertFalse(fixtures.classroom(c.id()).joiningOpen);

        Response refused = join(new Browser(), c.code(), "Newcomer");
        assertTrue(Browser.refused(refused).select("#code-error").text().contains("not taking new students"));
        Response back = new Browser().submit("/return", "/return",
                Map.of("code", c.code(), "name", "Already In", "returnCode", "ABCD-EFGH"));
        assertEquals(303, back.statusCode(), "a student in the class still comes back");

        saveSettings(Map.of("joining", "open"));
        assertEquals(303, join(new Browser(), c.code(), "Newcomer").statusCode());
    }

    @Test
    void aWaitingStudentSeesAFriendlyPageAndNothingOfTheClassUntilApproved() {
        long answerer = fixtures.enrol(c.id(), "Answerer", "ABCD-EFGH");
        fixtures.configure(c.id(), k -> k.postFirst = false);
        fixtures.post(c.discussions().get(0), answerer, null, "A classmate's answer nobody new should read.");
        saveSettings(Map.of("approvalRequired", "on", "postFirst", "on"));

        Browser newcomer = new Browser();
        assertEquals(303, join(newcomer, c.code(), "Newcomer").statusCode());
        assertTrue(newcomer.page("/welcome/" + c.id()).text().contains("Your teacher lets new students in"));
        Document home = newcomer.page("/classes/" + c.id());
        assertEquals(1, home.select(".waiting").size(), "the waiting page");
        assertTrue(home.select(".question-item").isEmpty(), "no questions");
        assertSentToWaitingPage(newcomer, c.discussionPath(1));
        assertEquals(403, newcomer.get(c.discussionPath(1) + "/events").statusCode());
        assertSentToWaitingPage(newcomer, "/classes/" + c.id() + "/articles/" + c.articleId());

        String roster = "/teach/classes/" + c.id() + "/roster";
        Document page = teacher.browser().page(roster);
        assertTrue(page.select(".banner").text().contains("1 student is waiting"));
        assertEquals(1, page.select("form[action$=/approve]").size(), "one Approve button, for the newcomer");
        String approve = page.select("form[action$=/approve]").attr("action");
        assertEquals(303, teacher.browser().submit(roster, approve, Map.of()).statusCode());

        assertEquals(4, newcomer.page("/classes/" + c.id()).select(".question-item").size(), "in the class now");
        assertEquals(200, newcomer.get(c.discussionPath(1)).statusCode());
    }

    /** A waiting student who opens a class link is sent to the class home, where the waiting page is. */
    private void assertSentToWaitingPage(Browser student, String path) {
        Response response = student.get(path);
        assertEquals(303, response.statusCode(), path);
        assertTrue(response.header("Location").endsWith("/classes/" + c.id()), response.header("Location"));
        Document page = student.page(URI.create(response.header("Location")).getPath());
        assertEquals(1, page.select(".waiting").size(), "the waiting page");
        assertFalse(page.text().contains("A classmate's answer nobody new should read."));
    }

    @Test
    void existingClassesStayOpenWithoutApproval() {
        Classroom classroom = fixtures.classroom(c.id());
        assertTrue(classroom.joiningOpen);
        assertFalse(classroom.approvalRequired);
        Browser student = new Browser();
        assertEquals(303, join(student, c.code(), "Straight In").statusCode());
        assertEquals(4, student.page("/classes/" + c.id()).select(".question-item").size());
        Document settings = teacher.browser().page("/teach/classes/" + c.id() + "/settings");
        assertTrue(settings.select("input[name=joining][value=open]").hasAttr("checked"));
        assertFalse(settings.select("input[name=approvalRequired]").hasAttr("checked"));
    }

    private void saveSettings(Map<String, String> changes) {
        String settings = "/teach/classes/" + c.id() + "/settings";
        Map<String, String> form = new java.util.HashMap<>(Map.of("name", "Period 5", "editWindowMinutes", "30",
                "slowModeSeconds", "0"));
        form.putAll(changes);
        assertEquals(303, teacher.browser().submit(settings, settings, form).statusCode());
    }
}
