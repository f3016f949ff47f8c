package org.roundtable.moderation;

import java.util.Locale;

import org.roundtable.Plurals;
import org.roundtable.language.Messages;

import io.quarkus.qute.TemplateExtension;

/**
 * A pause in posting in words, in the reader's language: "1 hour", "2 дні". The lengths themselves are those
 * {@code MuteLabels} offers; this says each in the largest whole unit, for the menu and the audit log.
 */
public final class PauseLengths {

    private static final int HOUR = 60;
    private static final int DAY = 24 * HOUR;
    private static final int WEEK = 7 * DAY;

    private PauseLengths() {
    }

    /** {@code {m.pauseLength}} → "1 hour", in the template's language. */
    @TemplateExtension
    static String pauseLength(Integer minutes, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return describe(minutes, Plurals.localeOf(locale));
    }

    /** The length in the request's language. */
    public static String describe(int minutes) {
        return describe(minutes, Messages.locale());
    }

    /** The length in the largest whole unit: "1 minute", "2 hours", "1 week". */
    static String describe(int minutes, Locale locale) {
        ModerationMsg words = Messages.in(ModerationMsg.class, locale);
        if (minutes < HOUR || minutes % HOUR != 0) {
            return Plurals.format(locale, words.pauseMinutes(), minutes);
        }
        if (minutes < DAY || minutes % DAY != 0) {
            return Plurals.format(locale, words.pauseHours(), minutes / HOUR);
        }
        if (minutes < WEEK || minutes % WEEK != 0) {
            return Plurals.format(locale, words.pauseDays(), minutes / DAY);
        }
        return Plurals.format(locale, words.pauseWeeks(), minutes / WEEK);
    }
}
