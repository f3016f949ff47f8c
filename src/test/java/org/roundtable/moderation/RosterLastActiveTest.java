package org.roundtable.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.roundtable.support.ClassWithStudents;
import org.roundtable.support.MovableClock;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** The roster's "Last active" follows a student's edits and deletions, not only their new posts. */
@QuarkusTest
class RosterLastActiveTest extends ClassWithStudents {

    @Inject
    MovableClock clock;

    RosterLastActiveTest() {
        super("mrroster", "Roster", "Ana", "Ben");
    }

    /** An edit and a deletion, some minutes after the answer, each count as the student's last activity. */
    @ParameterizedTest
    @CsvSource({ "First words, 3, edit, Better words, the edit", "Soon gone, 4, delete, , the deletion" })
    void lastActiveCountsEditsAndDeletions(String answer, int minutes, String verb, String body, String what) {
        long id = answer(ana, answer);
        clock.advance(Duration.ofMinutes(minutes));
        Instant actedAt = clock.instant();
        String action = q1 + "/posts/" + id + "/" + verb;
        Map<String, String> fields = body == null ? Map.of() : Map.of("body", body);
        assertEquals(303, ana.browser().submit(action, action, fields).statusCode());
        Instant lastActive = fixtures.enrollment(c.id(), ana.id()).lastActiveAt;
        assertFalse(lastActive.isBefore(actedAt), what + ", " + minutes + " minutes after the answer: " + lastActive);
    }
}
