package org.roundtable.language;

import java.util.List;
import java.util.Locale;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * The language of this request's answer, decided once: the signed-in person's choice, else the one remembered in
 * the cookie, else the first the browser asks for that the interface speaks, else the school's default. Templates
 * read it as {@code {inject:language.tag}}; Java code asks it for a message bundle in that language.
 */
@Named("language")
@RequestScoped
public class RequestLanguage {

    /** The identity attribute holding a signed-in person's chosen language tag (absent when they chose none). */
    public static final String CHOSEN = "roundtable.language";

    /** Where the CSRF filter leaves this answer's token (quarkus-rest-csrf's CsrfTokenParameterProvider reads it there). */
    private static final String CSRF_TOKEN_KEY = "csrf_token";

    private final Languages languages;
    private final SecurityIdentity identity;
    private final CurrentVertxRequest current;
    private Locale locale;

    /**
     * A request scope may be active without an HTTP request (a live update rendered for stream readers, a job):
     * then there is no browser to ask, and the school's default speaks until the caller sets the reader's own.
     */
    RequestLanguage(Languages languages, SecurityIdentity identity, CurrentVertxRequest current) {
        this.languages = languages;
        this.identity = identity;
        this.current = current;
    }

    private HttpServerRequest request() {
        RoutingContext context = current.getCurrent();
        return context == null ? null : context.request();
    }

    /**
     * Whether the footer can offer its one-click form: only when this answer carries a CSRF token. Pages the
     * token filter never saw (an error met before it) link to the language page instead.
     */
    public boolean formReady() {
        RoutingContext context = current.getCurrent();
        return context != null && context.get(CSRF_TOKEN_KEY) != null;
    }

    public Locale locale() {
        if (locale == null) {
            locale = decide();
        }
        return locale;
    }

    /** The language tag, for {@code <html lang>}: "en", "uk". */
    public String tag() {
        return locale().toLanguageTag();
    }

    /** The other languages, each named in itself, for the footer's switch. */
    public List<Choice> others() {
        return languages.supported().stream().filter(other -> !other.equals(locale()))
                .map(other -> new Choice(other.toLanguageTag(), Languages.ownName(other), false)).toList();
    }

    /** A message bundle in this request's language: a bundle injected into Java would speak the default one. */
    public <T> T messages(Class<T> bundle) {
        return MessageBundles.get(bundle, Localized.Literal.of(tag()));
    }

    /** Where the language switch goes back to: this page, when it was asked for by a plain GET. */
    public String back() {
        HttpServerRequest request = request();
        if (request == null) {
            return "/";
        }
        String path = request.path();
        if (request.method() != io.vertx.core.http.HttpMethod.GET || path == null) {
            return "/";
        }
        return request.query() == null ? path : path + "?" + request.query();
    }

    /** Every language the interface speaks, each named in itself, the current one marked. */
    public List<Choice> all() {
        return languages.supported().stream()
                .map(each -> new Choice(each.toLanguageTag(), Languages.ownName(each), each.equals(locale()))).toList();
    }

    public record Choice(String tag, String name, boolean current) {
    }

    private Locale decide() {
        HttpServerRequest request = request();
        if (request == null) {
            return languages.fallback();
        }
        // The account's choice rides on the identity; on an I/O thread (error pages) sessions are not looked up.
        if (!io.vertx.core.Context.isOnEventLoopThread() && identity != null && !identity.isAnonymous()) {
            String chosen = identity.getAttribute(CHOSEN);
            if (chosen != null) {
                return languages.find(chosen).orElse(languages.fallback());
            }
        }
        return languages.forBrowser(request);
    }
}
