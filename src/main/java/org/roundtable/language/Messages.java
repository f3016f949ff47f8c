package org.roundtable.language;

import java.util.Locale;

import io.quarkus.arc.Arc;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * A message bundle in the right language for code that is not a bean: a form's validation, an enum's label.
 * {@link #now} speaks the language of the request being answered (the school's default outside one);
 * {@link #in} a language given, for what is rendered for someone else (a live update for its reader) and for
 * template extensions, which get the template's locale. A bundle injected into Java would speak only English.
 */
public final class Messages {

    private Messages() {
    }

    /** The bundle in this request's language. */
    public static <T> T now(Class<T> bundle) {
        return in(bundle, locale());
    }

    /** The bundle in {@code locale}. */
    public static <T> T in(Class<T> bundle, Locale locale) {
        return MessageBundles.get(bundle, Localized.Literal.of(locale.toLanguageTag()));
    }

    /** The bundle in a template's locale attribute ({@code @TemplateAttribute("locale") Object locale}). */
    public static <T> T in(Class<T> bundle, Object templateLocale) {
        return in(bundle, templateLocale instanceof Locale locale ? locale
                : templateLocale == null ? locale() : Locale.forLanguageTag(templateLocale.toString()));
    }

    /** This request's language; the school's default when no request is being answered. */
    public static Locale locale() {
        if (Arc.container().requestContext().isActive()) {
            return Arc.container().instance(RequestLanguage.class).get().locale();
        }
        return Arc.container().instance(Languages.class).get().fallback();
    }
}
