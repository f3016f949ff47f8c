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

    private static final DateTimeFormatter EXACT = DateTimeFormatter
            .ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.ENGLISH).withZone(ZONE);

    private SchoolTime() {
    }

    public static String exact(Instant instant) {
        return EXACT.format(instant);
    }
}
