package org.roundtable.classroom;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.eclipse.microprofile.config.ConfigProvider;

/** The school's time zone (ROUNDTABLE_TIME_ZONE, else the server's) and how exact times read. */
public final class SchoolTime {

    public static final ZoneId ZONE = ConfigProvider.getConfig()
            .getOptionalValue("roundtable.time-zone", String.class)
            .filter(zone -> !zone.isBlank()).map(ZoneId::of).orElse(ZoneId.systemDefault());

    private static final String EXACT = "EEEE d MMMM yyyy, HH:mm";
    private static final java.util.Map<Locale, DateTimeFormatter> EXACT_IN = new java.util.concurrent.ConcurrentHashMap<>();

    private SchoolTime() {
    }

    /** "Friday 4 December 2026, 09:30", in English; for what a reader sees, {@link #exact(Instant, Locale)}. */
    public static String exact(Instant instant) {
        return exact(instant, Locale.ENGLISH);
    }

    /** The day, date and time in the reader's language: "пʼятниця 4 грудня 2026, 09:30". */
    public static String exact(Instant instant, Locale locale) {
        return EXACT_IN.computeIfAbsent(locale, in -> DateTimeFormatter.ofPattern(EXACT, in).withZone(ZONE))
                .format(instant);
    }
}
