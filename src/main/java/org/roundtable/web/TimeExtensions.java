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
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** Times as people read them, in the page's language: "5 minutes ago", with the exact time one step away. */
@TemplateExtension
public class TimeExtensions {

    private static final ZoneId ZONE = SchoolTime.ZONE;

    /** Relative to now ("now" from the clock bean: template extensions are static): "just now", "3 minutes ago", "yesterday", then the date. */
    public static String ago(Instant instant, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        Locale language = Plurals.localeOf(locale);
        Msg msg = MessageBundles.get(Msg.class, Localized.Literal.of(language.toLanguageTag()));
        Duration age = Duration.between(instant, Arc.container().instance(Clock.class).get().instant());
        long seconds = Math.max(0, age.toSeconds());
        if (seconds < 45) {
            return msg.justNow();
        }
        long minutes = Math.round(seconds / 60.0);
        if (minutes < 60) {
            return Plurals.format(language, msg.minutesAgo(), minutes);
        }
        if (age.toHours() < 24) {
            return Plurals.format(language, msg.hoursAgo(), age.toHours());
        }
        long days = age.toDays();
        if (days < 2) {
            return msg.yesterday();
        }
        if (days < 7) {
            return Plurals.format(language, msg.daysAgo(), days);
        }
        return longDate(instant.atZone(ZONE).toLocalDate(), locale);
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
