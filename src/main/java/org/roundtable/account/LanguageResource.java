package org.roundtable.account;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.roundtable.language.LanguagePaths;
import org.roundtable.language.Languages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

/**
 * The footer's language switch, on every page and without script: the choice is kept on the account of whoever
 * is signed in, and in a cookie for the browser (before sign-in, and for a student's next visit), then the
 * browser goes back to the page it was on. A language the interface does not speak is ignored.
 */
@Path(LanguagePaths.CHOOSE)
public class LanguageResource {

    private static final Duration REMEMBERED = Duration.ofDays(365);

    private final AccountPages pages;
    private final Languages languages;
    private final boolean secure;

    LanguageResource(AccountPages pages, Languages languages,
            @ConfigProperty(name = "roundtable.secure-cookies") boolean secure) {
        this.pages = pages;
        this.languages = languages;
        this.secure = secure;
    }

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance choose(String back);
    }

    /** The language page: where the footer links when it cannot carry a form (an error page), and a bookmark. */
    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@RestQuery String back) {
        String page = LocalPaths.orNull(back);
        return Templates.choose(page == null ? AccountPaths.SITE_HOME : page);
    }

    @POST
    @Transactional
    public Response choose(@RestForm String lang, @RestForm String back) {
        String page = LocalPaths.orNull(back);
        Response.ResponseBuilder answer = Response.seeOther(URI.create(page == null ? AccountPaths.SITE_HOME : page));
        Locale chosen = languages.find(lang).orElse(null);
        if (chosen == null) {
            return answer.build();
        }
        Viewer viewer = pages.viewer();
        if (viewer != null) {
            Account.<Account>findByIdOptional(viewer.accountId()).ifPresent(a -> a.language = chosen.toLanguageTag());
        }
        return answer.cookie(new NewCookie.Builder(Languages.COOKIE).value(chosen.toLanguageTag()).path("/")
                .maxAge((int) REMEMBERED.toSeconds()).httpOnly(true).secure(secure)
                .sameSite(NewCookie.SameSite.LAX).build()).build();
    }
}
