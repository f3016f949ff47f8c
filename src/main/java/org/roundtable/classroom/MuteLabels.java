package org.roundtable.classroom;

import java.util.List;

/**
 * How long a pause in posting lasts ({@link Enrollment#mutedUntil}): the lengths offered
 * wherever a teacher can pause a student (the queue, the roster, the discussion page). Each is said in words
 * by moderation's {@code PauseLengths}.
 */
public final class MuteLabels {

    /** Mute lengths offered, in minutes. */
    public static final List<Integer> MUTE_MINUTES = List.of(10, 60, 24 * 60, 7 * 24 * 60);

    private MuteLabels() {
    }

    /** A submitted length if it is one of those offered, else an hour. */
    public static int offered(Integer minutes) {
        return minutes != null && MUTE_MINUTES.contains(minutes) ? minutes : MUTE_MINUTES.get(1);
    }
}
