package org.roundtable.article;

import java.nio.charset.StandardCharsets;

import org.jboss.resteasy.reactive.RestPath;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * One published article as teachers see it in the library, and its text to download in the article Markdown
 * format. The id is a number, so the import pages beside it ({@code import}, {@code preview}) never reach here.
 */
@Path(ArticlePaths.LIST + "/{articleId: \\d+}")
@RolesAllowed("teacher")
public class ArticlePageResource {

    static final String MARKDOWN_TYPE = "text/markdown; charset=UTF-8";

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance article(ArticleContent article);
    }

    private final ArticleLibrary library;

    ArticlePageResource(ArticleLibrary library) {
        this.library = library;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance article(@RestPath long articleId) {
        ArticleContent article = library.get(articleId);
        if (article == null) {
            throw new NotFoundException();
        }
        return Templates.article(article);
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
        String text = article.markdown != null ? article.markdown : StoredArticleMarkdown.of(library.get(articleId));
        return Response.ok(text.getBytes(StandardCharsets.UTF_8), MARKDOWN_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + article.slug + ".md\"")
                .build();
    }
}
