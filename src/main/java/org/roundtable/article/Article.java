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

    /**
     * The article as published, in the article Markdown format, and the one place its who's-who is kept; null for
     * articles published before it was kept.
     */
    public String markdown;

    /** Who imported it, and may edit it; null for the bundled article and once that account is gone. */
    public Long importedBy;

    /** 1 when published, one more with every edit that changed it: copies of an older revision are stale. */
    public int revision = 1;

    public Instant createdAt;

    /** The language the article is written in (a language tag), for its {@code lang} attribute. */
    public String language = "en";

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
                    (select count(q) from Question q where q.article = a and q.assignmentId is null))
                from Article a order by a.createdAt desc, a.id desc""", ArticleSummary.class).getResultList();
    }

    /** Takes the title, subtitle, date, reading time, source and address of a parsed article (the slug stays). */
    void describe(ParsedArticle parsed) {
        title = parsed.title();
        dek = parsed.dek();
        publishedOn = parsed.publishedOn();
        readingMinutes = parsed.readingMinutes();
        source = parsed.source();
        sourceUrl = parsed.url();
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
        article.describe(parsed);
        article.markdown = markdown;
        article.createdAt = now;
        article.persist();
        for (int i = 0; i < parsed.sections().size(); i++) {
            ArticleSection.create(article, i + 1, parsed.sections().get(i)).persist();
        }
        for (int i = 0; i < parsed.questions().size(); i++) {
            Question.create(article, i + 1, parsed.questions().get(i).text(), stanceEnabled.get(i)).persist();
        }
        return article;
    }

    /**
     * Gives an article stored before articles had a who's-who list the list of its new edition, by keeping that
     * edition's Markdown (where the list lives). Only for an edition whose sections and questions are the stored
     * ones, so posts that cite them keep their meaning. Does nothing when the stored Markdown already has a list, so
     * it runs once.
     *
     * @param storedTerms the who's-who list of the stored Markdown
     * @return whether it added the list
     */
    public boolean addMissingTerms(List<ParsedTerm> storedTerms, ParsedArticle edition, String editionMarkdown) {
        if (edition.terms().isEmpty() || !storedTerms.isEmpty()) {
            return false;
        }
        markdown = editionMarkdown;
        return true;
    }
}
