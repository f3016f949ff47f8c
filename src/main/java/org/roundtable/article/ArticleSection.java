package org.roundtable.article;

import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** One headed section of an article; its body is HTML sanitised when the article was parsed. */
@Entity
public class ArticleSection extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Article article;

    public int position;

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

    public static List<ArticleSection> listFor(Article article) {
        return list("article = ?1 order by position", article);
    }
}
