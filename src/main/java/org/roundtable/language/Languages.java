package org.roundtable.language;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The languages the interface speaks: those listed in {@code quarkus.locales}, each with a message file per
 * bundle. A third language is its message files and its tag added there, not a code change. The school's
 * default ({@code ROUNDTABLE_DEFAULT_LANGUAGE}) is what a browser that asks for none of them gets.
 */
@Startup
@ApplicationScoped
public class Languages {

    /** The cookie that remembers the choice of someone not signed in. */
    public static final String COOKIE = "rt_lang";

    private final List<Locale> supported;
    private final Locale fallback;

    Languages(@ConfigProperty(name = "quarkus.locales") List<Locale> supported,
            @ConfigProperty(name = "roundtable.default-language") String fallback) {
        this.supported = List.copyOf(supported);
        this.fallback = find(fallback).orElseThrow(() -> new IllegalStateException("ROUNDTABLE_DEFAULT_LANGUAGE is "
                + fallback + ", which is not one of the interface's languages: " + tags()));
    }

    public List<Locale> supported() {
        return supported;
    }

    public Locale fallback() {
        return fallback;
    }

    /** The interface language with this tag ("uk", "uk-UA" and "UK" find Ukrainian), if there is one. */
    public Optional<Locale> find(String tag) {
        if (tag == null || tag.isBlank() || tag.length() > 35) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
        return supported.stream().filter(locale -> locale.getLanguage().equals(language)).findFirst();
    }

    /** The first interface language a browser's {@code Accept-Language} asks for, if any. */
    public Optional<Locale> fromHeader(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > 500) {
            return Optional.empty();
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
            return Optional.ofNullable(Locale.lookup(ranges, supported));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /**
     * The language for a browser that is not signed in, or whose account is not looked up (pages made outside a
     * request): the one its cookie remembers, else the first its {@code Accept-Language} asks for, else the default.
     */
    public Locale forBrowser(io.vertx.core.http.HttpServerRequest request) {
        io.vertx.core.http.Cookie cookie = request.getCookie(COOKIE);
        Optional<Locale> remembered = cookie == null ? Optional.empty() : find(cookie.getValue());
        return remembered.or(() -> fromHeader(request.getHeader("Accept-Language"))).orElse(fallback());
    }

    /** A language's name as its own speakers write it: "English", "Українська". */
    public static String ownName(Locale language) {
        String name = language.getDisplayLanguage(language);
        return name.isEmpty() ? language.toLanguageTag()
                : name.substring(0, 1).toUpperCase(language) + name.substring(1);
    }

    private String tags() {
        return String.join(", ", supported.stream().map(Locale::toLanguageTag).toList());
    }
}
