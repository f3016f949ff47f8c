package org.roundtable.discussion;

import java.util.List;

import org.roundtable.StoredEntity;
import org.roundtable.article.ArticleSection;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

/** A '>' quote in a post that matched a paragraph of the article (see {@link PostQuotes}), kept to count passages. */
@Entity
public class PostQuote extends StoredEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Post post;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public ArticleSection section;

    /** The paragraph's number in its section, from 1. */
    public int paragraph;

    /** The quote's place among the post's quotes, from 1. */
    public int position;

    protected PostQuote() {
    }

    PostQuote(Post post, ArticleSection section, int paragraph, int position) {
        this.post = post;
        this.section = section;
        this.paragraph = paragraph;
        this.position = position;
    }

    /** The post's quotes as matched last, in order. */
    public static List<PostQuote> listFor(Post post) {
        return list("post = ?1 order by position", post);
    }

    static void deleteFor(Post post) {
        delete("post", post);
    }

    static PostQuote store(Post post, ArticleSection section, int paragraph, int position) {
        return persisted(new PostQuote(post, section, paragraph, position));
    }
}
