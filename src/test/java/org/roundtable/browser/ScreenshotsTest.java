package org.roundtable.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.roundtable.support.Browser;
import org.roundtable.support.BrowserTest;
import org.roundtable.support.Chromium;
import org.roundtable.support.Fixtures;
import org.roundtable.support.PageTour;
import org.roundtable.support.PageTour.Visitor;
import org.roundtable.support.People;
import org.roundtable.support.Window;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * Screenshots of the main screens at laptop and phone size, for the guides. They go to
 * {@code target/screenshots}, or to the folder named by {@code -Dscreenshots.dir}; the
 * guides' images are made with {@code -Dscreenshots.dir=docs/images} (see docs/README.md).
 */
@QuarkusTest
@BrowserTest
class ScreenshotsTest {

    record Screen(String name, String path, Visitor who, String scrollTo) {
    }

    @Inject
    Fixtures fixtures;

    Window window;
    PageTour tour;
    Path folder = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));

    @BeforeEach
    void setUp() {
        tour = PageTour.build(fixtures);
        Fixtures.TestClass lesson = tour.lesson();
        String discussion = lesson.discussionPath(1);
        List<Long> sections = lesson.sections();
        answer(lesson, "Dev R", discussion, "He was right to stay away: meeting a low-level delegation would have "
                + "looked like *begging* for talks.", "AGREE", sections.get(2));
        answer(lesson, "Elif M", discussion, "I disagree. Showing up costs little, and it shows the world "
                + "Ukraine wants peace.", "DISAGREE", sections.get(5));
        answer(lesson, "Farah N", discussion, "Not sure. It depends on whether Russia was ever serious.",
                "UNSURE", sections.get(4));
        fixtures.configure(lesson.id(), c -> c.preModeration = true);
        answer(lesson, "Gus O", discussion, "Talks are pointless until the fighting stops.", "DISAGREE", null);
        fixtures.configure(lesson.id(), c -> c.preModeration = false);
        window = Window.open();
    }

    @Test
    void mainScreensAtLaptopAndPhoneSize() throws IOException {
        Fixtures.TestClass lesson = tour.lesson();
        String teach = "/teach/classes/" + lesson.id();
        String assignment = teach + "/assignments/" + fixtures.assignmentIds(lesson.id()).get(0);
        List<Screen> screens = List.of(
                new Screen("student-class-home", "/classes/" + lesson.id(), Visitor.STUDENT, null),
                new Screen("student-article", "/classes/" + lesson.id() + "/articles/" + lesson.articleId(),
                        Visitor.STUDENT, null),
                new Screen("student-discussion", lesson.discussionPath(1), Visitor.STUDENT, "#posts-title"),
                new Screen("teacher-dashboard", "/teach", Visitor.TEACHER, null),
                new Screen("teacher-moderation", teach + "/moderation", Visitor.TEACHER, null),
                new Screen("teacher-participation", teach + "/participation", Visitor.TEACHER, null),
                new Screen("teacher-class-overview", teach, Visitor.TEACHER, null),
                new Screen("teacher-edit-assignment", assignment + "/edit", Visitor.TEACHER, null),
                new Screen("teacher-discussion", lesson.discussionPath(1), Visitor.TEACHER, "#posts-title"),
                new Screen("teacher-grading", assignment + "/grading", Visitor.TEACHER, null),
                new Screen("student-whats-new", "/whats-new", Visitor.STUDENT, null),
                new Screen("student-evidence", lesson.discussionPath(2), Visitor.STUDENT, null),
                new Screen("student-minds", lesson.discussionPath(1), Visitor.STUDENT, "#minds"),
                new Screen("teacher-minds", lesson.discussionPath(1), Visitor.TEACHER, ".minds-chart"),
                new Screen("teacher-announcements", teach + "/announcements", Visitor.TEACHER, null));
        for (Screen screen : screens) {
            window.signedInWith(tour.session(screen.who()));
            for (String size : List.of("laptop", "phone")) {
                boolean laptop = size.equals("laptop");
                window.size(laptop ? Chromium.LAPTOP_WIDTH : Chromium.PHONE_WIDTH,
                        laptop ? Chromium.LAPTOP_HEIGHT : Chromium.PHONE_HEIGHT);
                window.go(screen.path());
                if (screen.scrollTo() != null) {
                    window.script("arguments[0].scrollIntoView({block: 'start'}); window.scrollBy(0, -16);",
                            window.find(screen.scrollTo()));
                }
                Path file = folder.resolve(screen.name() + "-" + size + ".png");
                window.screenshot(file);
                assertTrue(Files.size(file) > 10_000, file + " looks empty");
            }
        }
        assertEquals(screens.size() * 2, screens.stream()
                .flatMap(s -> List.of("laptop", "phone").stream().map(z -> folder.resolve(s.name() + "-" + z + ".png")))
                .filter(Files::exists).count());
    }

    /** The Ukrainian student guide's pictures: the discussion and the class page in a Ukrainian interface. */
    @Test
    void ukrainianScreensAtLaptopAndPhoneSize() throws IOException {
        Fixtures.TestClass lesson = tour.lesson();
        Path ukrainian = folder.resolve("uk");
        Files.createDirectories(ukrainian);
        List<Screen> screens = List.of(
                new Screen("student-discussion", lesson.discussionPath(1), Visitor.STUDENT, "#posts-title"),
                new Screen("student-class-home", "/classes/" + lesson.id(), Visitor.STUDENT, null));
        for (Screen screen : screens) {
            window.signedInWith(tour.session(screen.who())).speaking("uk");
            for (String size : List.of("laptop", "phone")) {
                boolean laptop = size.equals("laptop");
                window.size(laptop ? Chromium.LAPTOP_WIDTH : Chromium.PHONE_WIDTH,
                        laptop ? Chromium.LAPTOP_HEIGHT : Chromium.PHONE_HEIGHT);
                window.go(screen.path());
                assertEquals("uk", window.find("html").getDomAttribute("lang"));
                if (screen.scrollTo() != null) {
                    window.script("arguments[0].scrollIntoView({block: 'start'}); window.scrollBy(0, -16);",
                            window.find(screen.scrollTo()));
                }
                Path file = ukrainian.resolve(screen.name() + "-" + size + ".png");
                window.screenshot(file);
                assertTrue(Files.size(file) > 10_000, file + " looks empty");
            }
        }
    }

    @Test
    void importScreensAtLaptopAndPhoneSize() throws IOException {
        String seed;
        try (var in = getClass().getResourceAsStream("/articles/pasted/seed.txt")) {
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Fixtures.TestClass lesson = tour.lesson();
        for (String size : List.of("laptop", "phone")) {
            boolean laptop = size.equals("laptop");
            window.size(laptop ? Chromium.LAPTOP_WIDTH : Chromium.PHONE_WIDTH,
                    laptop ? Chromium.LAPTOP_HEIGHT : Chromium.PHONE_HEIGHT);
            window.signedInWith(tour.session(Visitor.TEACHER)).go("/teach/articles/import");
            shoot("teacher-import-" + size);
            window.script("document.getElementById('text').value = arguments[0];", seed);
            window.press("main form", "Review");
            shoot("teacher-review-" + size);

            window.signedInWith(tour.session(Visitor.STUDENT))
                    .go("/classes/" + lesson.id() + "/articles/" + lesson.articleId());
            WebElement mark = window.await(d -> window.all("a.term").stream()
                    .filter(m -> "false".equals(m.getDomAttribute("aria-expanded"))).findFirst().orElse(null));
            window.script("arguments[0].scrollIntoView({block: 'center'});", mark);
            mark.click();
            assertTrue(window.find("#term-popover").isDisplayed(), "the popover is open");
            shoot("article-whos-who-" + size);
        }
    }

    private void shoot(String name) throws IOException {
        Path file = folder.resolve(name + ".png");
        window.screenshot(file);
        assertTrue(Files.size(file) > 10_000, file + " looks empty");
    }

    private void answer(Fixtures.TestClass lesson, String name, String discussion, String body, String stance,
            Long section) {
        Browser student = People.student(fixtures, lesson.id(), name).browser();
        Map<String, String> fields = section == null ? Map.of("body", body, "stance", stance)
                : Map.of("body", body, "stance", stance, "sectionId", String.valueOf(section));
        assertEquals(303, student.submit(discussion, discussion + "/posts", fields).statusCode());
    }
}
