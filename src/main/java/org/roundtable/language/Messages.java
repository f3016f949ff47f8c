package org.roundtable.language;

import java.util.Locale;
import java.util.function.Supplier;

import io.quarkus.arc.Arc;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * A message bundle in the right language for code that is not a bean: a form's validation, an enum's label.
 * {@link #now} speaks the language of the request being answered (the school's default outside one);
 * {@link #in} a language given, for what is rendered for someone else (a live update for its reader) and for
 * template extensions, which get the template's locale. A bundle injected into Java would speak only English.
 * Where no application runs (plain unit tests of a parser), every bundle speaks its English properties file.
 */
public final class Messages {

    /** The language of what this thread is rendering for someone else, while it does (see {@link #speaking}). */
    private static final ThreadLocal<Locale> SPEAKING = new ThreadLocal<>();

    private Messages() {
    }

    /**
     * Runs {@code work} speaking {@code locale}: {@link #now} and every template instance made meanwhile use it.
     * For what is rendered outside its reader's request, such as a live update rendered for each stream.
     */
    public static <T> T speaking(Locale locale, Supplier<T> work) {
        Locale before = SPEAKING.get();
        SPEAKING.set(locale);
        try {
            return work.get();
        } finally {
            if (before == null) {
                SPEAKING.remove();
            } else {
                SPEAKING.set(before);
            }
        }
    }

    /** The bundle in this request's language. */
    public static <T> T now(Class<T> bundle) {
        return in(bundle, locale());
    }

    /** The bundle in {@code locale}. */
    public static <T> T in(Class<T> bundle, Locale locale) {
        if (!running()) {
            return EnglishBundles.of(bundle);
        }
        return MessageBundles.get(bundle, Localized.Literal.of(locale.toLanguageTag()));
    }

    /** The bundle in a template's locale attribute ({@code @TemplateAttribute("locale") Object locale}). */
    public static <T> T in(Class<T> bundle, Object templateLocale) {
        return in(bundle, templateLocale instanceof Locale locale ? locale
                : templateLocale == null ? locale() : Locale.forLanguageTag(templateLocale.toString()));
    }

    /** Whether this thread is rendering for someone else, in their language. */
    static boolean isSpeaking() {
        return SPEAKING.get() != null;
    }

    /** The language being spoken: the reader's while {@link #speaking}, else this request's, else the default. */
    public static Locale locale() {
        Locale speaking = SPEAKING.get();
        if (speaking != null) {
            return speaking;
        }
        if (!running()) {
            return Locale.ENGLISH;
        }
        if (Arc.container().requestContext().isActive()) {
            return Arc.container().instance(RequestLanguage.class).get().locale();
        }
        return Arc.container().instance(Languages.class).get().fallback();
    }

    private static boolean running() {
        return Arc.container() != null && Arc.container().isRunning();
    }
}
