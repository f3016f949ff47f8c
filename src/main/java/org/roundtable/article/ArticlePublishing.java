package org.roundtable.article;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.roundtable.language.Messages;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;

/**
 * Publishing a reviewed draft: written in the article format, parsed, stored once. A parse error goes back to the
 * review page on the field it came from; a double submit answers with the article already stored; a slug another
 * article uses is refused on the slug field.
 */
@ApplicationScoped
class ArticlePublishing {

    private final ArticleLibrary library;

    ArticlePublishing(ArticleLibrary library) {
        this.library = library;
    }

    /** A published article with its sections, as the library keeps it; null for an unknown id. */
    ArticleContent published(long articleId) {
        return library.get(articleId);
    }

    /** A reviewed import, published by the teacher {@code importerId}, who may edit it later. */
    Response publish(ArticleReviewForm form, long importerId) {
        Map<String, String> errors = new LinkedHashMap<>(form.problems());
        DraftMarkdown.Written written = DraftMarkdown.written(form.draft(), form.slugOrNull());
        ParsedArticle parsed = parsed(written, errors);
        if (!errors.isEmpty()) {
            return reviewAgain(form, errors);
        }
        Response repeated = repeatOrConflict(form, parsed);
        return repeated != null ? repeated : stored(form, written.markdown(), parsed, importerId);
    }

    /**
     * An edit of a published article, reviewed on the same page; what cannot change is said on the page. Outside a
     * transaction: the library's own is rolled back when it refuses the edit.
     */
    Response revise(Article article, ArticleReviewForm form, long editorId) {
        form.slug = article.slug;
        Map<String, String> errors = new LinkedHashMap<>(form.problems());
        DraftMarkdown.Written written = DraftMarkdown.written(form.draft(), article.slug);
        ParsedArticle parsed = parsed(written, errors);
        if (!errors.isEmpty()) {
            return reviewAgain(form, errors);
        }
        try {
            List<String> changes = library.revise(article.id, parsed, written.markdown(), stancesOf(parsed), editorId);
            return Response.seeOther(URI.create(ArticlePaths.of(article.id) + (changes.isEmpty() ? "" : "?saved=1")))
                    .build();
        } catch (ArticleRevisionException e) {
            return reviewAgain(form, Map.of("sections", e.getMessage()));
        }
    }

    private static ParsedArticle parsed(DraftMarkdown.Written written, Map<String, String> errors) {
        try {
            return ArticleMarkdown.parse(written.markdown());
        } catch (ArticleFormatException e) {
            errors.putIfAbsent(fieldOf(e, written), e.shown());
            return null;
        }
    }

    private static List<Boolean> stancesOf(ParsedArticle parsed) {
        return parsed.questions().stream().map(ParsedQuestion::stanceEnabled).toList();
    }

    /** The review field a parse error is about: by what it names, else by the line it names. */
    static String fieldOf(ArticleFormatException e, DraftMarkdown.Written written) {
        if (e.reason().contains("'date")) {
            return "date";
        }
        if (e.reason().startsWith("At least one '## ' section")) {
            return "sections";
        }
        if (e.reason().contains("Thought Questions") || e.reason().contains("thought question")) {
            String field = written.fieldAt(e.line());
            return field != null && field.startsWith("question-") ? field : "questions";
        }
        String field = written.fieldAt(e.line());
        return field != null ? field : "title";
    }

    private Response stored(ArticleReviewForm form, String markdown, ParsedArticle parsed, long importerId) {
        try {
            long id = QuarkusTransaction.requiringNew().call(() -> {
                Article article = library.publish(parsed, markdown, stancesOf(parsed));
                article.importedBy = importerId;
                return article.id;
            });
            return seeArticle(id);
        } catch (PersistenceException e) {
            Response repeated = repeatOrConflict(form, parsed);
            if (repeated == null) {
                throw e;
            }
            return repeated;
        }
    }

    /** Null when the slug is free; the existing article when this is a repeat of its import; else the error. */
    private static Response repeatOrConflict(ArticleReviewForm form, ParsedArticle parsed) {
        Article existing = QuarkusTransaction.requiringNew().call(() -> Article.findBySlug(parsed.slug()));
        if (existing == null) {
            return null;
        }
        if (existing.isSameImportAs(parsed)) {
            return seeArticle(existing.id);
        }
        IntakeMsg words = Messages.now(IntakeMsg.class);
        String reason = form.slugOrNull() == null ? words.slugMadeTaken(parsed.slug(), existing.title)
                : words.slugTaken(parsed.slug(), existing.title);
        return reviewAgain(form, Map.of("slug", reason));
    }

    private static Response reviewAgain(ArticleReviewForm form, Map<String, String> errors) {
        return Response.status(Response.Status.BAD_REQUEST)
                .entity(ArticleImportResource.Templates.review(form, errors, null)).build();
    }

    /** The import form's answer to text whose slug is taken, naming the line to change. */
    static Response slugTakenInText(String source, String fileName, ParsedArticle parsed, Article existing) {
        ArticleMarkdown.SlugSource slugSource = ArticleMarkdown.slugSource(source);
        return invalid(source, fileName, ArticleFormatException.of(slugSource.line(), words -> slugSource.written()
                ? words.slugLineTaken(parsed.slug(), existing.title, "slug:")
                : words.slugMadeLineTaken(parsed.slug(), existing.title, "slug:")));
    }

    static Response invalid(String source, String fileName, ArticleFormatException e) {
        return invalid(source, fileName, "text", e.getLocalizedMessage(), SourceExcerpt.around(source, e.line()));
    }

    static Response invalid(String source, String fileName, String field, String message, SourceExcerpt excerpt) {
        return Response.status(Response.Status.BAD_REQUEST)
                .entity(ArticleImportResource.Templates.importForm(source, "", fileName, Map.of(field, message),
                        excerpt))
                .build();
    }

    private static Response seeArticle(long id) {
        return Response.seeOther(URI.create(ArticlePaths.of(id))).build();
    }
}
