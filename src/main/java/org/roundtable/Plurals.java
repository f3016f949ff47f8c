package org.roundtable;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import io.quarkus.qute.TemplateExtension;

/**
 * Every count the product shows goes through here, with the language's own plural rules (Unicode's, through
 * ICU): English has "1 reply" and "2 replies", Ukrainian "1 відповідь", "2 відповіді", "5 відповідей". A
 * counted message is an ICU plural pattern kept in a message bundle, written between Qute's {@code {|} and
 * {@code |}} so that Qute leaves its braces alone:
 * {@code replies={|{count, plural, one {# reply} other {# replies}}|}}. A template writes
 * {@code {msg:replies.count(n)}}; Java code {@code Plurals.format(locale, messages.replies(), n)}. It sits
 * beside {@link StoredEntity} so that every package may use it without depending on the web layer.
 */
public final class Plurals {

    private static final Map<String, MessageFormat> FORMATS = new ConcurrentHashMap<>();

    private Plurals() {
    }

    /** The pattern filled in with {@code count}, in {@code locale}'s plural forms. */
    public static String format(Locale locale, String pattern, long count) {
        MessageFormat format = FORMATS.computeIfAbsent(locale.toLanguageTag() + '\u0000' + pattern,
                key -> new MessageFormat(pattern, ULocale.forLocale(locale)));
        synchronized (format) {
            return format.format(Map.of("count", count));
        }
    }

    /** {@code {msg:replies.count(n)}}: the template's locale is the request's (see language/TemplateLanguage). */
    @TemplateExtension
    static String count(String pattern, Number count,
            @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return format(localeOf(locale), pattern, count.longValue());
    }

    /** A template's locale attribute as a Locale (English when a template has none). */
    public static Locale localeOf(Object attribute) {
        if (attribute instanceof Locale locale) {
            return locale;
        }
        return attribute == null ? Locale.ENGLISH : Locale.forLanguageTag(attribute.toString());
    }

    /** "1 student", "0 students", "3 students": English only, for text no reader sees in another language. */
    public static String of(long count, String one) {
        return of(count, one, one + "s");
    }

    /** English only, for nouns whose plural is not "s": {@code of(n, "reply", "replies")}. */
    public static String of(long count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }
}
