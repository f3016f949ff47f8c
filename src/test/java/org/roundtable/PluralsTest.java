package org.roundtable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.roundtable.account.Throttle;
import org.roundtable.moderation.PauseLengths;
import org.roundtable.support.Fixtures;
import org.roundtable.support.FreshData;
import org.roundtable.support.People;
import org.roundtable.support.People.Person;

import io.quarkus.test.junit.QuarkusTest;

/** Every count reads right with 0, 1 and 2: no "1 minutes", no "its 1 student' places". */
@QuarkusTest
class PluralsTest extends FreshData {

    /** A template value followed by a counted noun, written out instead of through {@code plural}. */
    private static final Pattern BARE_COUNT = Pattern.compile(
            "\\{[^{}#/!]+\\}\\s+(words?|minutes?|seconds?|students?|posts?|answers?|repl(y|ies)|hours?|days?"
                    + "|weeks?|flags?|questions?|sessions?|classmates?)\\b");

    @Test
    void countsReadRightForZeroOneAndTwo() {
        assertEquals(List.of("0 students", "1 student", "2 students"),
                Stream.of(0, 1, 2).map(n -> Plurals.of(n, "student")).toList());
        assertEquals(List.of("0 replies", "1 reply", "2 replies"),
                Stream.of(0, 1, 2).map(n -> Plurals.of(n, "reply", "replies")).toList());
    }

    @Test
    void pauseLengthsCountThroughPlural() {
        assertEquals(List.of("0 minutes", "1 minute", "2 minutes"),
                Stream.of(0, 1, 2).map(PauseLengths::describe).toList());
        assertEquals(List.of("1 hour", "2 hours", "1 day", "2 days", "1 week", "2 weeks"),
                Stream.of(60, 120, 1440, 2880, 10080, 20160).map(PauseLengths::describe).toList());
    }

    @Test
    void throttleWaitsCountThroughPlural() {
        // A wait is always at least a second (Retry-After cannot be 0), so zero reads as one.
        assertEquals(List.of("1 second", "1 second", "2 seconds", "2 minutes", "3 minutes"),
                Stream.of(0L, 1L, 2L, 120L, 150L).map(s -> Throttle.inWords(Duration.ofSeconds(s))).toList());
    }

    @Test
    void templatesCountThroughPlural() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            List<String> bare = files.filter(f -> f.toString().endsWith(".html")).flatMap(PluralsTest::bareCounts)
                    .toList();
            assertEquals(List.of(), bare,
                    "counts written out instead of through a counted message, {bundle:key.count(n)}");
        }
    }

    private static Stream<String> bareCounts(Path file) {
        try {
            Matcher m = BARE_COUNT.matcher(Files.readString(file));
            return m.results().map(r -> file.getFileName() + ": " + r.group());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void deleteClassPageReadsRightForOneStudent() {
        Person teacher = People.teacher(fixtures, "msplural");
        assertTrue(deletePage(teacher, 1).contains("Its 1 student loses their place in it"));
        assertTrue(deletePage(teacher, 0).contains("Its 0 students lose their places in it"));
        String two = deletePage(teacher, 2);
        assertTrue(two.contains("Its 2 students lose their places in it"), two);
        assertFalse(two.contains("student'"), "no possessive of a bare count");
    }

    private String deletePage(Person teacher, int students) {
        Fixtures.TestClass c = fixtures.createClass("Plural " + students, 0, teacher.id());
        for (int i = 0; i < students; i++) {
            People.student(fixtures, c.id(), "Student " + (char) ('A' + i));
        }
        return teacher.browser().page("/teach/classes/" + c.id() + "/delete").text();
    }
}
