package org.roundtable.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.roundtable.Plurals;
import org.roundtable.classroom.SchoolTime;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** Times as people read them, in the page's language: "5 minutes ago", with the exact time one step away. */
@TemplateExtension
public class TimeExtensions {

    private static final ZoneId ZONE = SchoolTime.ZONE;

    /** Relative to now ("now" from the clock bean: template extensions are static): "just now", "3 minutes ago", "yesterday", then the date. */
    public static String ago(Instant instant, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return new Ago(Plurals.localeOf(locale)).of(instant);
    }

    /**
     * "5 minutes ago" for everything one response shows: the clock and the words are looked up once, and each
     * wording is made once however many posts share it (a page of 50 answers says "just now" and "2 minutes ago"
     * a hundred times between them).
     */
    public static final class Ago {

        private final Locale language;
        private final Msg msg;
        private final Instant now;
        /** Each wording made so far, by its message pattern and count. */
        private final Map<String, Map<Long, String>> made = new HashMap<>();

        public Ago(Locale language) {
            this.language = language;
            this.msg = MessageBundles.get(Msg.class, Localized.Literal.of(language.toLanguageTag()));
            this.now = Arc.container().instance(Clock.class).get().instant();
        }

        public String of(Instant instant) {
            Duration age = Duration.between(instant, now);
            long seconds = Math.max(0, age.toSeconds());
            if (seconds < 45) {
                return msg.justNow();
            }
            long minutes = Math.round(seconds / 60.0);
            if (minutes < 60) {
                return counted(msg.minutesAgo(), minutes);
            }
            if (age.toHours() < 24) {
                return counted(msg.hoursAgo(), age.toHours());
            }
            long days = age.toDays();
            if (days < 2) {
                return msg.yesterday();
            }
            if (days < 7) {
                return counted(msg.daysAgo(), days);
            }
            return longDate(instant.atZone(ZONE).toLocalDate(), language);
        }

        private String counted(String pattern, long count) {
            return made.computeIfAbsent(pattern, p -> new HashMap<>())
                    .computeIfAbsent(count, c -> Plurals.format(language, pattern, c));
        }
    }

    /** The exact time, for the title and for screen readers. */
    static String exact(Instant instant, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return SchoolTime.exact(instant, Plurals.localeOf(locale));
    }

    /** Machine-readable, for the datetime attribute: HTML allows at most milliseconds. */
    static String iso(Instant instant) {
        return instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }

    /** "4 December 2026", "4 грудня 2026 р.". */
    static String longDate(java.time.LocalDate date, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Plurals.localeOf(locale)).format(date);
    }
}
