package org.roundtable.article;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/**
 * One published article as teachers see it in the library, its text to download in the article Markdown format,
 * and editing it (for the teacher who imported it), on the review page of an import. The id is a number, so the import pages beside it ({@code import}, {@code preview}) never reach here.
 */
@Path(ArticlePaths.LIST + "/{articleId: \\d+}")
@RolesAllowed("teacher")
public class ArticlePageResource {

    static final String MARKDOWN_TYPE = "text/markdown; charset=UTF-8";

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance article(ArticleContent article, boolean mayEdit, boolean saved);
    }

    private final ArticlePublishing publishing;

    ArticlePageResource(ArticlePublishing publishing) {
        this.publishing = publishing;
    }

    /** {@code saved=1} is where a saved edit lands. */
    @GET
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    public TemplateInstance article(@RestPath long articleId, @RestQuery String saved,
            @Context SecurityContext security) {
        ArticleContent article = publishing.published(articleId);
        if (article == null) {
            throw new NotFoundException();
        }
        return Templates.article(article, mayEdit(Article.findById(articleId), security), "1".equals(saved));
    }

    /** The review page, filled from the article as published, for the teacher who imported it. */
    @GET
    @Path(ArticlePaths.EDIT)
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    public TemplateInstance editForm(@RestPath long articleId, @Context SecurityContext security) {
        Article article = editable(articleId, security);
        String markdown = article.markdown != null ? article.markdown
                : StoredArticleMarkdown.of(publishing.published(articleId));
        return ArticleImportResource.Templates.review(
                ArticleReviewForm.editing(article, DraftMarkdown.read(markdown)), Map.of(), null);
    }

    /** Saves an edit; not {@code @Transactional}, as the library's transaction is rolled back on a refusal. */
    @POST
    @Path(ArticlePaths.EDIT)
    @Produces(MediaType.TEXT_HTML)
    public Response edit(@RestPath long articleId, @BeanParam ArticleReviewForm form,
            @Context SecurityContext security) {
        Article article = QuarkusTransaction.requiringNew().call(() -> editable(articleId, security));
        form.editing = articleId;
        return publishing.revise(article, form, accountOf(security));
    }

    /** Only the teacher who imported an article edits it (see docs/decisions.md); 404, then 403. */
    private static Article editable(long articleId, SecurityContext security) {
        Article article = Article.findById(articleId);
        if (article == null) {
            throw new NotFoundException();
        }
        if (!mayEdit(article, security)) {
            throw new ForbiddenException();
        }
        return article;
    }

    private static boolean mayEdit(Article article, SecurityContext security) {
        return article.importedBy != null && article.importedBy == accountOf(security);
    }

    /** The signed-in account's id: the session's principal is its number (the account package sets it). */
    static long accountOf(SecurityContext security) {
        return Long.parseLong(security.getUserPrincipal().getName());
    }

    /** The stored Markdown as published; for articles stored before it was kept, written from their content. */
    @GET
    @Path(ArticlePaths.DOWNLOAD)
    @Produces(MARKDOWN_TYPE)
    @Transactional
    public Response markdown(@RestPath long articleId) {
        Article article = Article.findById(articleId);
        if (article == null) {
            throw new NotFoundException();
        }
        String text = article.markdown != null ? article.markdown
                : StoredArticleMarkdown.of(publishing.published(articleId));
        return Response.ok(text.getBytes(StandardCharsets.UTF_8), MARKDOWN_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + article.slug + ".md\"")
                .build();
    }
}
