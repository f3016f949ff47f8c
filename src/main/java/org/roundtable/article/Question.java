package org.roundtable.article;

import java.util.List;

import jakarta.persistence.Entity;

/** A thought question of an article; a stance question also asks agree / disagree / unsure. */
@Entity
public class Question extends ArticlePart {

    public String text;

    public boolean stanceEnabled;

    /** The question at {@code position} (from 1) of {@code article}, not yet persisted. */
    public static Question create(Article article, int position, String text, boolean stanceEnabled) {
        Question question = new Question();
        question.article = article;
        question.position = position;
        question.text = text;
        question.stanceEnabled = stanceEnabled;
        return question;
    }

    /** An edit of a published article: the same row, so classes' discussions stay with it. */
    void revise(int newPosition, String newText, boolean stance) {
        position = newPosition;
        text = newText;
        stanceEnabled = stance;
    }

    public static List<Question> listFor(Article article) {
        return list("article = ?1 order by position", article);
    }
}
