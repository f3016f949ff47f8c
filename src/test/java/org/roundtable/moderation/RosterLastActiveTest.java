package org.roundtable.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
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

    @Test
    void lastActiveCountsEdits() {
        long id = answer(ana, "First words");
        clock.advance(Duration.ofMinutes(3));
        Instant editedAt = clock.instant();
        String edit = q1 + "/posts/" + id + "/edit";
        assertEquals(303, ana.browser().submit(edit, edit, Map.of("body", "Better words")).statusCode());
        Instant lastActive = fixtures.enrollment(c.id(), ana.id()).lastActiveAt;
        assertFalse(lastActive.isBefore(editedAt), "the edit, 3 minutes after the answer: " + lastActive);
    }

    @Test
    void lastActiveCountsDeletions() {
        long id = answer(ana, "Soon gone");
        clock.advance(Duration.ofMinutes(4));
        Instant deletedAt = clock.instant();
        String delete = q1 + "/posts/" + id + "/delete";
        assertEquals(303, ana.browser().submit(delete, delete, Map.of()).statusCode());
        Instant lastActive = fixtures.enrollment(c.id(), ana.id()).lastActiveAt;
        assertFalse(lastActive.isBefore(deletedAt), "the deletion, 4 minutes after the answer: " + lastActive);
    }
}
