package org.roundtable.discussion;

import java.util.List;

import org.roundtable.StoredEntity;
import org.roundtable.article.Passage;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

/** A '>' quote in a post that matched a paragraph of the article (see {@link PostQuotes}), kept to count passages. */
@Entity
public class PostQuote extends StoredEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Post post;

    /** The paragraph of the article it matched. */
    @Embedded
    public Passage passage;

    /** The quote's place among the post's quotes, from 1. */
    public int position;

    protected PostQuote() {
    }

    PostQuote(Post post, Passage passage, int position) {
        this.post = post;
        this.passage = passage;
        this.position = position;
    }

    /** The post's quotes as matched last, in order. */
    public static List<PostQuote> listFor(Post post) {
        return list("post = ?1 order by position", post);
    }

    static void deleteFor(Post post) {
        delete("post", post);
    }

    static PostQuote store(Post post, Passage passage, int position) {
        return persisted(new PostQuote(post, passage, position));
    }
}
