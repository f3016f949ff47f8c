package org.roundtable.article;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Teachers import articles: paste or upload the article Markdown, check the preview (and which questions take a
 * stance), publish. Nothing is stored before "Publish", and publishing parses the text again rather than trusting
 * what the preview page sent back.
 * <p>
 * The role is spelled out rather than taken from {@code account.Roles}: {@code article} is the bottom package and
 * depends on no other.
 */
@Path(ArticlePaths.LIST)
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("teacher")
public class ArticleImportResource {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance list(List<ArticleSummary> articles);

        static native TemplateInstance importForm(String text, String fileName, Map<String, String> errors,
                SourceExcerpt excerpt);

        static native TemplateInstance preview(ParsedArticle article, String source);

        static native TemplateInstance article(ArticleContent article);
    }

    private final ArticleLibrary library;

    ArticleImportResource(ArticleLibrary library) {
        this.library = library;
    }

    @GET
    @Transactional
    public TemplateInstance list() {
        return Templates.list(Article.listSummariesNewestFirst());
    }

    @GET
    @Path(ArticlePaths.IMPORT)
    public TemplateInstance importForm() {
        return Templates.importForm("", null, Map.of(), null);
    }

    /** "Back to editing" from the preview: the form again with the text, nothing stored. */
    @POST
    @Path(ArticlePaths.IMPORT)
    public TemplateInstance edit(@RestForm String source) {
        return Templates.importForm(source == null ? "" : source, null, Map.of(), null);
    }

    /** A chosen file wins over the text box; either way the text comes back in the box if it has a problem. */
    @POST
    @Path(ArticlePaths.PREVIEW)
    @Transactional
    public Response preview(@RestForm String text, @RestForm FileUpload file) {
        String typed = text == null ? "" : text;
        if (!ArticleFile.chosen(file)) {
            return previewOf(typed, null);
        }
        ArticleFile upload = ArticleFile.read(file);
        return upload.problem() != null ? invalid(typed, null, upload.problem(), null)
                : previewOf(upload.text(), file.fileName());
    }

    private Response previewOf(String source, String fileName) {
        try {
            ParsedArticle parsed = ArticleMarkdown.parse(source);
            Article existing = Article.findBySlug(parsed.slug());
            return existing != null ? slugTaken(source, fileName, parsed, existing)
                    : Response.ok(Templates.preview(GlossaryMarks.marked(parsed), source)).build();
        } catch (ArticleFormatException e) {
            return invalid(source, fileName, e);
        }
    }

    /**
     * Not {@code @Transactional}: the insert runs in its own transaction so that when a double click makes two
     * requests race for the same slug, the loser can still look up the winner and answer with it.
     */
    @POST
    @Path(ArticlePaths.PUBLISH)
    public Response publish(@RestForm String source, @RestForm List<String> stance) {
        String text = source == null ? "" : source;
        ParsedArticle parsed;
        try {
            parsed = ArticleMarkdown.parse(text);
        } catch (ArticleFormatException e) {
            return invalid(text, null, e);
        }
        Response repeated = repeatOrConflict(text, parsed);
        return repeated != null ? repeated : stored(text, parsed, stancesChosen(parsed, stance));
    }

    /** The article stored, or, when a parallel request stored it first, the answer that request deserves. */
    private Response stored(String source, ParsedArticle parsed, List<Boolean> stanceEnabled) {
        try {
            long id = QuarkusTransaction.requiringNew()
                    .call(() -> library.publish(parsed, source, stanceEnabled).id);
            return seeArticle(id);
        } catch (PersistenceException e) {
            Response repeated = repeatOrConflict(source, parsed);
            if (repeated == null) {
                throw e;
            }
            return repeated;
        }
    }

    /** Which questions take a stance: the checked boxes, by position from 1. */
    private static List<Boolean> stancesChosen(ParsedArticle parsed, List<String> stance) {
        List<Boolean> stanceEnabled = new ArrayList<>();
        for (int position = 1; position <= parsed.questions().size(); position++) {
            stanceEnabled.add(stance != null && stance.contains(String.valueOf(position)));
        }
        return stanceEnabled;
    }

    @GET
    @Path("{articleId}")
    public TemplateInstance article(@RestPath long articleId) {
        ArticleContent article = library.get(articleId);
        if (article == null) {
            throw new NotFoundException();
        }
        return Templates.article(article);
    }

    /** Null when the slug is free; the existing article when this is a repeat of its import; else the error. */
    private Response repeatOrConflict(String source, ParsedArticle parsed) {
        Article existing = QuarkusTransaction.requiringNew().call(() -> Article.findBySlug(parsed.slug()));
        if (existing == null) {
            return null;
        }
        return existing.isSameImportAs(parsed) ? seeArticle(existing.id) : slugTaken(source, null, parsed, existing);
    }

    private static Response slugTaken(String source, String fileName, ParsedArticle parsed, Article existing) {
        ArticleMarkdown.SlugSource slugSource = ArticleMarkdown.slugSource(source);
        String used = "is already used by the article “" + existing.title + "”. ";
        String reason = slugSource.written()
                ? "The slug '" + parsed.slug() + "' " + used
                        + "Change this 'slug:' line to a slug of its own, e.g. slug: " + parsed.slug() + "-2"
                : "The slug '" + parsed.slug() + "', made from the title, " + used
                        + "Add a 'slug:' line of its own under the title, e.g. slug: " + parsed.slug() + "-2";
        return invalid(source, fileName, new ArticleFormatException(slugSource.line(), reason));
    }

    private static Response invalid(String source, String fileName, ArticleFormatException e) {
        return invalid(source, fileName, e.getMessage(), SourceExcerpt.around(source, e.line()));
    }

    private static Response invalid(String source, String fileName, String message, SourceExcerpt excerpt) {
        return Response.status(Response.Status.BAD_REQUEST)
                .entity(Templates.importForm(source, fileName, Map.of("text", message), excerpt))
                .build();
    }

    private static Response seeArticle(long id) {
        return Response.seeOther(URI.create(ArticlePaths.of(id))).build();
    }
}
