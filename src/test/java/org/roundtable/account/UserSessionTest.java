package org.roundtable.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class UserSessionTest {

    @Test
    void lastSeenIsTouchedOnceAMinuteAtMost() {
        assertEquals(Duration.ofMinutes(1), UserSession.touchInterval(Duration.ofDays(14)));
        assertEquals(Duration.ofMinutes(1), UserSession.touchInterval(Duration.ofMinutes(4)));
    }

    @Test
    void aShortIdleTimeoutIsTouchedOftenEnoughToKeepABusySessionAlive() {
        assertEquals(Duration.ofMillis(500), UserSession.touchInterval(Duration.ofSeconds(2)));
        UserSession session = session(Instant.parse("2026-01-01T10:00:00Z"));
        assertFalse(session.dueForTouch(Instant.parse("2026-01-01T10:00:00.400Z"), Duration.ofSeconds(2)));
        assertTrue(session.dueForTouch(Instant.parse("2026-01-01T10:00:00.600Z"), Duration.ofSeconds(2)));
    }

    @Test
    void aSessionExpiresWhenIdleTooLongOrOpenTooLong() {
        Instant start = Instant.parse("2026-01-01T10:00:00Z");
        UserSession session = session(start);
        Duration idle = Duration.ofDays(14);
        Duration lifetime = Duration.ofDays(180);
        assertFalse(session.expired(start.plus(Duration.ofDays(13)), idle, lifetime));
        assertTrue(session.expired(start.plus(Duration.ofDays(15)), idle, lifetime));
        session.lastSeenAt = start.plus(Duration.ofDays(179));
        assertFalse(session.expired(start.plus(Duration.ofDays(179)), idle, lifetime));
        assertTrue(session.expired(start.plus(Duration.ofDays(181)), idle, lifetime));
    }

    private static UserSession session(Instant createdAt) {
        UserSession session = new UserSession();
        session.createdAt = createdAt;
        session.lastSeenAt = createdAt;
        return session;
    }
}
