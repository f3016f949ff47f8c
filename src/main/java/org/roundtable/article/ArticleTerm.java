package org.roundtable.article;

import java.util.List;

import jakarta.persistence.Entity;

/** One entry of an article's "Who’s who and key terms" list. */
@Entity
public class ArticleTerm extends ArticlePart {

    public String term;

    public String explanation;

    protected ArticleTerm() {
    }

    ArticleTerm(Article article, int position, ParsedTerm parsed) {
        this.article = article;
        this.position = position;
        this.term = parsed.term();
        this.explanation = parsed.explanation();
    }

    public static List<ArticleTerm> listFor(Article article) {
        return list("article = ?1 order by position", article);
    }
}
