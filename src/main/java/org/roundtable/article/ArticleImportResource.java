package org.roundtable.article;

import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.roundtable.fetch.FetchRefusedException;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/**
 * Teachers import articles: paste text or upload a file, then review every part the import found (title, details,
 * sections, questions, who's who) as form fields, then publish. Nothing is stored before "Publish", and publishing
 * writes the reviewed fields in the article Markdown format and parses that, so an article that passes review obeys
 * exactly the rules of an imported file.
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

        static native TemplateInstance importForm(String text, String url, String fileName,
                Map<String, String> errors, SourceExcerpt excerpt);

        static native TemplateInstance review(ArticleReviewForm form, Map<String, String> errors, String notice);
    }

    private final ArticleIntake intake;

    ArticleImportResource(ArticleIntake intake) {
        this.intake = intake;
    }

    @GET
    @Transactional
    public TemplateInstance list() {
        return Templates.list(Article.listSummariesNewestFirst());
    }

    @GET
    @Path(ArticlePaths.IMPORT)
    public TemplateInstance importForm() {
        return Templates.importForm("", "", null, Map.of(), null);
    }

    /** "Back to editing" from the review page: the form again with the reviewed draft as text, nothing stored. */
    @POST
    @Path(ArticlePaths.IMPORT)
    public TemplateInstance edit(@BeanParam ArticleReviewForm form) {
        return Templates.importForm(DraftMarkdown.written(form.draft(), form.slugOrNull()).markdown(), "", null,
                Map.of(), null);
    }

    /** A web address first, then a chosen file, then the text box; a problem shows the form again with the text. */
    /** Not {@code @Transactional}: fetching an address may take seconds, and must not hold a connection. */
    @POST
    @Path(ArticlePaths.PREVIEW)
    public Response preview(@RestForm String text, @RestForm FileUpload file, @RestForm String url) {
        String typed = text == null ? "" : text;
        if (url != null && !url.isBlank()) {
            return fromAddress(url.strip(), typed);
        }
        if (!ArticleFile.chosen(file)) {
            return reviewOf(typed, null);
        }
        ArticleFile upload = ArticleFile.read(file);
        if (upload.problem() != null) {
            return ArticlePublishing.invalid(typed, null, "text", upload.problem(), null);
        }
        return upload.html() ? reviewPage(ArticleReviewForm.of(intake.fromPage(upload.text()), null))
                : reviewOf(upload.text(), file.fileName());
    }

    private Response fromAddress(String address, String typed) {
        try {
            return reviewPage(ArticleReviewForm.of(intake.fromAddress(address), null));
        } catch (FetchRefusedException e) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Templates.importForm(typed, address, null, Map.of("url", FetchRefusals.shown(e)), null))
                    .build();
        }
    }

    /**
     * Text in the article format that parses goes to review, unless its slug is taken; text that does not parse
     * comes back with the line at fault, unless it lacks sections or questions, which review can add.
     */
    private Response reviewOf(String source, String fileName) {
        if (ArticleIntake.isPageSource(source)) {
            return reviewPage(ArticleReviewForm.of(intake.fromPage(source), null));
        }
        if (!ArticleIntake.isArticleFormat(source)) {
            return reviewPage(ArticleReviewForm.of(intake.fromPastedText(source), null));
        }
        ArticleDraft draft = DraftMarkdown.read(source);
        try {
            ParsedArticle parsed = ArticleMarkdown.parse(source);
            Article existing = Article.findBySlug(parsed.slug());
            return existing != null ? ArticlePublishing.slugTakenInText(source, fileName, parsed, existing)
                    : reviewPage(ArticleReviewForm.of(draft, DraftReader.slug(source)));
        } catch (ArticleFormatException e) {
            return draft.sections().isEmpty() || draft.questions().isEmpty()
                    ? reviewPage(ArticleReviewForm.of(draft, DraftReader.slug(source)))
                    : ArticlePublishing.invalid(source, fileName, e);
        }
    }

    private static Response reviewPage(ArticleReviewForm form) {
        return Response.ok(Templates.review(form, Map.of(), null)).build();
    }

    /** An edit button of the review page: the page again with the change applied. */
    @POST
    @Path(ArticlePaths.REVIEW)
    public TemplateInstance review(@BeanParam ArticleReviewForm form) {
        return Templates.review(form, Map.of(), ReviewEdits.apply(form));
    }

    /**
     * Not {@code @Transactional}: the insert runs in its own transaction so that when a double click makes two
     * requests race for the same slug, the loser can still look up the winner and answer with it.
     */
    @POST
    @Path(ArticlePaths.PUBLISH)
    public Response publish(@BeanParam ArticleReviewForm form, @Context SecurityContext security) {
        return intake.publish(form, ArticlePageResource.accountOf(security));
    }
}
