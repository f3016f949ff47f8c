package org.roundtable.article;

import java.util.List;

import org.roundtable.support.Fixtures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Articles the import tests create. {@link Fixtures#reset()} keeps articles (every test relies on the bundled one),
 * so imported ones are removed here to keep tests independent.
 */
@ApplicationScoped
public class ImportedArticles {

    /** Deletes every article but the bundled one; sections and questions go with them (on delete cascade). */
    @Transactional
    public void removeAll() {
        Article.delete("slug <> ?1", Fixtures.BUNDLED_SLUG);
    }

    @Transactional
    public long countWithSlug(String slug) {
        return Article.count("slug", slug);
    }

    @Transactional
    public long idOf(String slug) {
        return Article.findBySlug(slug).id;
    }

    /** Which questions of the article take a stance, in order. */
    @Transactional
    public List<Boolean> stances(String slug) {
        return Question.listFor(Article.findBySlug(slug)).stream().map(q -> q.stanceEnabled).toList();
    }

    /** The article as pages read it, fresh from the database (a library of its own, with no cached copy). */
    @Transactional
    public ArticleContent content(long id) {
        return new ArticleLibrary(java.time.Clock.systemUTC(), null, null).get(id);
    }

    /** Null makes the article look stored before its Markdown was kept. */
    @Transactional
    public void setMarkdown(long id, String markdown) {
        Article.<Article>findById(id).markdown = markdown;
    }
}
