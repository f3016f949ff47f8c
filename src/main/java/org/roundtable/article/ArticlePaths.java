package org.roundtable.article;

import io.quarkus.qute.TemplateExtension;

/**
 * The addresses of the article library, for {@link ArticleImportResource}'s {@code @Path}s and redirects and for
 * the templates ({@code {article:importForm}}), so a link and the page it leads to cannot drift apart.
 */
@TemplateExtension(namespace = "article")
public final class ArticlePaths {

    public static final String LIST = "/teach/articles";
    static final String IMPORT = "import";
    static final String PREVIEW = "preview";
    static final String PUBLISH = "publish";

    private ArticlePaths() {
    }

    static String list() {
        return LIST;
    }

    static String importForm() {
        return LIST + "/" + IMPORT;
    }

    static String preview() {
        return LIST + "/" + PREVIEW;
    }

    static String publish() {
        return LIST + "/" + PUBLISH;
    }

    /** One article, as teachers read it: {@code {article:of(a.id)}}. */
    static String of(long articleId) {
        return LIST + "/" + articleId;
    }
}
