package org.roundtable.classroom;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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

    /** Exact times read to the minute: a page shows many in the same few minutes, so each is formatted once. */
    private static final Map<Long, String> EXACT_BY_MINUTE = new ConcurrentHashMap<>();
    private static final int MAX_CACHED_MINUTES = 100_000;

    public static String exact(Instant instant) {
        long minute = Math.floorDiv(instant.getEpochSecond(), 60);
        String cached = EXACT_BY_MINUTE.get(minute);
        if (cached == null) {
            if (EXACT_BY_MINUTE.size() >= MAX_CACHED_MINUTES) {
                EXACT_BY_MINUTE.clear();
            }
            cached = EXACT.format(instant);
            EXACT_BY_MINUTE.put(minute, cached);
        }
        return cached;
    }
}
