package org.roundtable.classroom;

import java.util.List;
import java.util.Locale;

import org.roundtable.Plurals;
import org.roundtable.language.Messages;

import io.quarkus.qute.TemplateExtension;

/**
 * How long a pause in posting lasts ({@link Enrollment#mutedUntil}): the lengths offered
 * wherever a teacher can pause a student (the queue, the roster, the discussion page), and
 * each in words for the menu and the audit log.
 */
@TemplateExtension
public class MuteLabels {

    /** Mute lengths offered, in minutes. */
    public static final List<Integer> MUTE_MINUTES = List.of(10, 60, 24 * 60, 7 * 24 * 60);

    private static final int HOUR = 60;
    private static final int DAY = 24 * HOUR;
    private static final int WEEK = 7 * DAY;

    /** {@code 60.muteLabel} → "1 hour", in the language being spoken. */
    static String muteLabel(Integer minutes) {
        ClassSettingsMsg words = Messages.now(ClassSettingsMsg.class);
        Locale locale = Messages.locale();
        if (minutes < HOUR || minutes % HOUR != 0) {
            return Plurals.format(locale, words.muteMinutes(), minutes);
        }
        if (minutes < DAY || minutes % DAY != 0) {
            return Plurals.format(locale, words.muteHours(), minutes / HOUR);
        }
        if (minutes < WEEK || minutes % WEEK != 0) {
            return Plurals.format(locale, words.muteDays(), minutes / DAY);
        }
        return Plurals.format(locale, words.muteWeeks(), minutes / WEEK);
    }

    /** A submitted length if it is one of those offered, else an hour. */
    public static int offered(Integer minutes) {
        return minutes != null && MUTE_MINUTES.contains(minutes) ? minutes : MUTE_MINUTES.get(1);
    }

    /** The length in the largest whole unit, in English for the audit log: "1 minute", "2 hours", "1 week". */
    public static String describe(int minutes) {
        if (minutes < HOUR || minutes % HOUR != 0) {
            return Plurals.of(minutes, "minute");
        }
        if (minutes < DAY || minutes % DAY != 0) {
            return Plurals.of(minutes / HOUR, "hour");
        }
        if (minutes < WEEK || minutes % WEEK != 0) {
            return Plurals.of(minutes / DAY, "day");
        }
        return Plurals.of(minutes / WEEK, "week");
    }
}
