package org.roundtable.article;

import java.util.List;

import jakarta.persistence.Entity;

/** One headed section of an article; its body is HTML sanitised when the article was parsed. */
@Entity
public class ArticleSection extends ArticlePart {

    public String anchor;

    public String heading;

    public String bodyHtml;

    /** The section at {@code position} (from 1) of {@code article}, not yet persisted. */
    public static ArticleSection create(Article article, int position, ParsedSection parsed) {
        ArticleSection section = new ArticleSection();
        section.article = article;
        section.position = position;
        section.anchor = parsed.anchor();
        section.heading = parsed.heading();
        section.bodyHtml = parsed.html();
        return section;
    }

    /** An edit of a published article: the same row, so posts that cite it still do. */
    void revise(int newPosition, ParsedSection parsed) {
        position = newPosition;
        anchor = parsed.anchor();
        heading = parsed.heading();
        bodyHtml = parsed.html();
    }

    public static List<ArticleSection> listFor(Article article) {
        return list("article = ?1 order by position", article);
    }
}
