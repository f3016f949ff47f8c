package org.roundtable.article;

/** An edit that would take away a part of an article that posts or discussions use; the message says which. */
public class ArticleRevisionException extends Exception {

    public ArticleRevisionException(String message) {
        super(message);
    }
}
