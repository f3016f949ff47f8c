package org.roundtable.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.roundtable.Plurals;
import org.roundtable.classroom.SchoolTime;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateExtension;

/** Times as people read them: "5 minutes ago", with the exact time one step away. */
@TemplateExtension
public class TimeExtensions {

    private static final ZoneId ZONE = SchoolTime.ZONE;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withLocale(Locale.ENGLISH);

    /** Relative to now ("now" from the clock bean: template extensions are static): "just now", "3 minutes ago", "yesterday", then the date. */
    static String ago(Instant instant) {
        Duration age = Duration.between(instant, Arc.container().instance(Clock.class).get().instant());
        long seconds = Math.max(0, age.toSeconds());
        if (seconds < 45) {
            return "just now";
        }
        long minutes = Math.round(seconds / 60.0);
        if (minutes < 60) {
            return Plurals.of(minutes, "minute") + " ago";
        }
        long hours = age.toHours();
        if (hours < 24) {
            return Plurals.of(hours, "hour") + " ago";
        }
        long days = age.toDays();
        if (days < 2) {
            return "yesterday";
        }
        if (days < 7) {
            return Plurals.of(days, "day") + " ago";
        }
        return DATE.format(instant.atZone(ZONE));
    }

    /** The exact time, for the title and for screen readers. */
    static String exact(Instant instant) {
        return SchoolTime.exact(instant);
    }

    /** Machine-readable, for the datetime attribute: HTML allows at most milliseconds. */
    static String iso(Instant instant) {
        return instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }

    static String longDate(java.time.LocalDate date) {
        return DATE.format(date);
    }
}
