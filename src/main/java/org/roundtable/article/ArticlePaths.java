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
    static final String REVIEW = "review";
    static final String DOWNLOAD = "article.md";
    static final String EDIT = "edit";

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

    static String review() {
        return LIST + "/" + REVIEW;
    }

    /** An article's text in the article format: {@code {article:markdown(a.id)}}. */
    /** Where the teacher who imported an article edits it. */
    static String edit(long articleId) {
        return of(articleId) + "/" + EDIT;
    }

    static String markdown(long articleId) {
        return of(articleId) + "/" + DOWNLOAD;
    }

    /** An article's original address as a link target, or null unless it is a web address. */
    static String original(String url) {
        return url != null && url.matches("(?i)https?://\\S+") ? url : null;
    }

    /** One article, as teachers read it: {@code {article:of(a.id)}}. */
    static String of(long articleId) {
        return LIST + "/" + articleId;
    }
}
