package org.roundtable.article;

import java.util.List;
import java.util.Map;

import jakarta.persistence.Entity;

/**
 * A thought question of an article; a stance question also asks agree / disagree / unsure. A teacher may add
 * questions of their own to one class's assignment of the article: those carry the assignment's id and belong to
 * that class alone; the article's own questions (no assignment) are shared by every class.
 */
@Entity
public class Question extends ArticlePart {

    /** The longest question, as in an article's Markdown. */
    public static final int MAX_CHARS = ArticleMarkdown.MAX_QUESTION_CHARS;

    /**
     * Where a class's own questions are numbered from: past any article's, so a class lists them after the
     * article's questions, and positions stay unique within an assignment.
     */
    public static final int OWN_FROM = 1001;

    public String text;

    public boolean stanceEnabled;

    /** The assignment that added this question, for its class alone; null for the article's own questions. */
    public Long assignmentId;

    /** The question at {@code position} (from 1) of {@code article}, not yet persisted. */
    public static Question create(Article article, int position, String text, boolean stanceEnabled) {
        Question question = new Question();
        question.article = article;
        question.position = position;
        question.text = text;
        question.stanceEnabled = stanceEnabled;
        return question;
    }

    /** A question of a class's own, added to its assignment {@code assignmentId} of {@code article}; persisted. */
    public static Question addedBy(long assignmentId, Article article, String text, boolean stanceEnabled) {
        Question question = create(article, nextPosition(assignmentId), text, stanceEnabled);
        question.assignmentId = assignmentId;
        question.persist();
        return question;
    }

    private static int nextPosition(long assignmentId) {
        Integer last = getEntityManager()
                .createQuery("select max(q.position) from Question q where q.assignmentId = :a", Integer.class)
                .setParameter("a", assignmentId).getSingleResult();
        return last == null ? OWN_FROM : last + 1;
    }

    /** "Question 2" for the article's second question, "Class question 1" for a class's first own question. */
    public static String heading(int position) {
        return position >= OWN_FROM ? "Class question " + (position - OWN_FROM + 1) : "Question " + position;
    }

    public boolean isOwn() {
        return assignmentId != null;
    }

    /** The question as pages show it. */
    public ArticleContent.QuestionView view() {
        return new ArticleContent.QuestionView(id, position, text, stanceEnabled, Map.of());
    }

    /** A teacher's change to a question of their class's own. */
    public void rewrite(String newText, boolean stance) {
        text = newText;
        stanceEnabled = stance;
    }

    /** An edit of a published article: the same row, so classes' discussions stay with it. */
    void revise(int newPosition, String newText, boolean stance) {
        position = newPosition;
        text = newText;
        stanceEnabled = stance;
    }

    public static List<Question> listFor(Article article) {
        return list("article = ?1 and assignmentId is null order by position", article);
    }
}
