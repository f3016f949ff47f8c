package org.roundtable.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.roundtable.StoredEntity;

import jakarta.persistence.Entity;

/** A news article with its sections and thought questions. Published articles do not change. */
@Entity
public class Article extends StoredEntity {

    public String slug;

    public String title;

    public String dek;

    public LocalDate publishedOn;

    public int readingMinutes;

    public String source;

    /** The original address of an imported article, or null. */
    public String sourceUrl;

    /** The article as published, in the article Markdown format; null for articles published before it was kept. */
    public String markdown;

    public Instant createdAt;

    public static Article findBySlug(String slug) {
        return find("slug", slug).firstResult();
    }

    public static List<Article> listNewestFirst() {
        return list("order by createdAt desc, id desc");
    }

    /** Every article with its section and question counts, newest import first, in one query. */
    public static List<ArticleSummary> listSummariesNewestFirst() {
        return getEntityManager().createQuery("""
                select new org.roundtable.article.ArticleSummary(a.id, a.title, a.publishedOn, a.createdAt,
                    (select count(s) from ArticleSection s where s.article = a),
                    (select count(q) from Question q where q.article = a))
                from Article a order by a.createdAt desc, a.id desc""", ArticleSummary.class).getResultList();
    }

    /** Whether a request to publish {@code parsed} is a repeat of this article's import (a double submit). */
    public boolean isSameImportAs(ParsedArticle parsed) {
        return slug.equals(parsed.slug()) && title.equals(parsed.title());
    }

    /**
     * Stores a parsed article with its sections and questions. The caller chooses which
     * questions take a stance (the file's markers are the default).
     */
    public static Article publish(ParsedArticle parsed, String markdown, List<Boolean> stanceEnabled, Instant now) {
        Article article = new Article();
        article.slug = parsed.slug();
        article.title = parsed.title();
        article.dek = parsed.dek();
        article.publishedOn = parsed.publishedOn();
        article.readingMinutes = parsed.readingMinutes();
        article.source = parsed.source();
        article.sourceUrl = parsed.url();
        article.markdown = markdown;
        article.createdAt = now;
        article.persist();
        for (int i = 0; i < parsed.sections().size(); i++) {
            ArticleSection.create(article, i + 1, parsed.sections().get(i)).persist();
        }
        for (int i = 0; i < parsed.questions().size(); i++) {
            Question.create(article, i + 1, parsed.questions().get(i).text(), stanceEnabled.get(i)).persist();
        }
        article.addTerms(parsed.terms());
        return article;
    }

    /**
     * Gives an article stored before articles had a who's-who list the list of its new edition, and that edition's
     * Markdown. The sections and questions stay as they are, so posts that cite them keep their meaning. Does
     * nothing when the article already has terms, so it runs once.
     *
     * @return whether it added them
     */
    public boolean addMissingTerms(ParsedArticle edition, String editionMarkdown) {
        if (edition.terms().isEmpty() || ArticleTerm.count("article", this) > 0) {
            return false;
        }
        addTerms(edition.terms());
        markdown = editionMarkdown;
        return true;
    }

    private void addTerms(List<ParsedTerm> terms) {
        for (int i = 0; i < terms.size(); i++) {
            new ArticleTerm(this, i + 1, terms.get(i)).persist();
        }
    }
}
