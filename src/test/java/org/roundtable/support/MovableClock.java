package org.roundtable.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import io.quarkus.arc.Arc;
import jakarta.inject.Singleton;

/**
 * The application's clock in tests: real time plus an offset a test can move, so a test of
 * "after an hour" moves the clock instead of sleeping. It replaces the application's default
 * clock bean in every test; {@link Fixtures#reset()} puts it back to real time.
 */
@Singleton
public class MovableClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    /** The clock of the running test application. */
    public static MovableClock current() {
        return Arc.container().instance(MovableClock.class).get();
    }

    public static Instant now() {
        return current().instant();
    }

    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset);
    }
}
