package org.roundtable.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.roundtable.classroom.Enrollment;
import org.roundtable.discussion.Post;
import org.roundtable.support.Browser;
import org.roundtable.support.BrowserTest;
import org.roundtable.support.Fixtures;
import org.roundtable.support.FreshData;
import org.roundtable.support.People;
import org.roundtable.support.Window;

import io.quarkus.test.junit.QuarkusTest;

/** A teacher's lesson in a real browser, from signing in to feedback and signing out. */
@QuarkusTest
@BrowserTest
class TeacherJourneyTest extends FreshData {

    Window window;

    @BeforeEach
    void setUp() {
        fixtures.teacher("ms.rivera", "correct horse battery", false);
        window = Window.open();
    }

    @Test
    void signInCreateAssignModerateReadGiveFeedbackAndSignOut(@TempDir Path downloads) throws IOException {
        window.go("/signin").type("#username", "ms.rivera").type("#password", "correct horse battery");
        window.press("main form", "Sign in");
        assertEquals("/teach", window.path());

        // Create a class and assign the bundled article's questions.
        window.press("main", "Create a class");
        window.type("#name", "Period 5 Civics").press("main form", "Create class");
        assertEquals("Period 5 Civics", window.text("h1"));
        long classId = Long.parseLong(window.path().replaceAll("\\D+", ""));
        window.press(".class-nav", "Assign");
        window.press("main form", "Choose this article");
        assertEquals(4, window.all("input[name=question]:checked").size());
        window.press("main form", "Assign to Period 5 Civics");
        assertEquals(4, window.all(".question-text a").size());

        // Turn on pre-moderation, then two students answer.
        window.press(".class-nav", "Settings");
        window.find("input[name=preModeration]").findElement(By.xpath("./ancestor::label")).click();
        window.press("main form", "Save settings");
        assertTrue(window.find("input[name=preModeration]").isSelected());
        String discussion = window.go("/teach/classes/" + classId).find(".question-text a").getDomAttribute("href");
        People.Person amara = People.student(fixtures, classId, "Amara K");
        People.Person ben = People.student(fixtures, classId, "Ben T");
        answer(amara.browser(), discussion, "Talks need trust first.");
        answer(ben.browser(), discussion, "This whole thing is pointless, you are all wrong.");

        // Moderate: approve one, hide the other with a reason, pause its author.
        window.press(".class-nav", "Moderation");
        assertEquals(2, window.all(".queue-post").size());
        WebElement amaraItem = item("Talks need trust first.");
        window.press("#" + amaraItem.getDomAttribute("id"), "Approve");
        assertEquals(1, window.all(".queue-post").size());
        String benItem = item("pointless").getDomAttribute("id");
        window.type("#" + benItem + " .hide-form input[name=reason]", "Be kind to classmates");
        window.press("#" + benItem + " .hide-form", "Hide");
        assertEquals(0, window.all(".queue-post").size());
        window.go("/teach/classes/" + classId + "/moderation?tab=hidden");
        String hidden = item("pointless").getDomAttribute("id");
        new Select(window.find("#" + hidden + " .mute-form select")).selectByIndex(1);
        window.press("#" + hidden + " .mute-form", "Pause");
        assertNotNull(enrollmentOf(classId, ben.id()).mutedUntil, "Ben's posting is paused");
        assertEquals("Be kind to classmates", postBy(ben.id()).hiddenReason);

        // In the discussion: pick Amara's answer, then lock the discussion.
        window.go(discussion);
        String amaraPost = "#post-" + fixtures.firstPostBy(amara.id());
        window.click(amaraPost + " details.moderate summary");
        window.press(amaraPost + " .moderation-actions", "Teacher's pick");
        assertTrue(window.find(".post.endorsed").getText().contains("Talks need trust first."));
        window.press(".teacher-tools", "Lock the discussion");
        assertTrue(window.text(".banner-locked").contains("locked"));
        assertTrue(fixtures.discussion(postBy(amara.id()).discussion.id).locked);

        // Participation, its CSV download, and feedback.
        window.press(".breadcrumb", "Period 5 Civics").press(".class-nav", "Participation");
        assertTrue(window.text("table").contains("Amara K"));
        window.driver().executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        window.control("main", "Download as CSV").click(); // a download: the page stays
        Path csv = window.await(d -> {
            try (var files = Files.list(downloads)) {
                return files.filter(f -> f.toString().endsWith(".csv")).findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertTrue(lines.size() >= 3, lines.toString());
        assertTrue(String.join("\n", lines).contains("Amara K"));

        window.press("table", "Feedback");
        window.type("textarea[name=comment]", "You used the text well.").type("input[name=score]", "4/5");
        window.press("main form", "Save feedback");
        assertTrue(window.bodyText().contains("Last saved"));
        assertTrue(amara.browser().page("/classes/" + classId).text().contains("You used the text well."));

        // Sign out: teacher pages now ask for a sign-in.
        window.press(".account", "Sign out");
        window.go("/teach");
        assertTrue(window.path().startsWith("/signin"), window.path());
        assertFalse(window.bodyText().contains("Period 5 Civics"));
    }

    @Test
    void approveAllWaitingPostsAfterTheConfirmation() {
        Fixtures.TestClass lesson = fixtures.createClass("Period 2", 0, fixtures.onlyTeacher("mr.okafor"));
        fixtures.configure(lesson.id(), c -> c.preModeration = true);
        String discussion = lesson.discussionPath(1);
        answer(People.student(fixtures, lesson.id(), "Amara K").browser(), discussion, "Trust comes first.");
        answer(People.student(fixtures, lesson.id(), "Ben T").browser(), discussion, "Talks need a deadline.");
        signIn("mr.okafor");
        window.go("/teach/classes/" + lesson.id() + "/moderation");
        assertEquals(2, window.all(".queue-post").size());
        window.press("main", "Approve all (2)");
        assertTrue(window.bodyText().contains("Approve all 2 waiting posts?"));
        assertTrue(window.text(".approve-all-list").contains("Talks need a deadline."));
        window.press(".approve-all-form", "Approve all 2");
        assertTrue(window.path().endsWith("/moderation?tab=waiting"), window.path());
        assertEquals(0, window.all(".queue-post").size(), "the waiting queue is empty");
        assertTrue(fixtures.posts().stream().allMatch(p -> p.status.isPublished()));
    }

    @Test
    void pauseAStudentFromTheRoster() {
        Fixtures.TestClass lesson = fixtures.createClass("Period 4", 0, fixtures.onlyTeacher("ms.lee"));
        People.Person amara = People.student(fixtures, lesson.id(), "Amara K");
        signIn("ms.lee");
        window.go("/teach/classes/" + lesson.id()).press(".class-nav", "Roster");
        WebElement row = window.all("tbody tr").stream().filter(r -> r.getText().contains("Amara K")).findFirst()
                .orElseThrow();
        new Select(row.findElement(By.cssSelector("select[name=minutes]")))
                .selectByVisibleText("1 day");
        window.follow(row.findElements(By.tagName("button")).stream()
                .filter(b -> b.getText().startsWith("Pause")).findFirst().orElseThrow());
        assertTrue(window.path().endsWith("/roster"), window.path());
        assertTrue(window.text("tbody").contains("Posting paused"));
        assertNotNull(enrollmentOf(lesson.id(), amara.id()).mutedUntil, "Amara's posting is paused");
    }

    private void signIn(String username) {
        window.go("/signin").type("#username", username).type("#password", People.PASSWORD);
        window.press("main form", "Sign in");
    }

    private WebElement item(String text) {
        return window.all(".queue-item").stream()
                .filter(e -> e.getText().contains(text))
                .findFirst().orElseThrow(() -> new AssertionError("no queue item with " + text));
    }

    private static void answer(Browser student, String discussion, String body) {
        int status = student.submit(discussion, discussion + "/posts", Map.of("body", body)).statusCode();
        assertEquals(303, status);
    }

    private Enrollment enrollmentOf(long classId, long accountId) {
        return fixtures.enrollment(classId, accountId);
    }

    private Post postBy(long accountId) {
        return fixtures.find(fixtures.firstPostBy(accountId));
    }
}
