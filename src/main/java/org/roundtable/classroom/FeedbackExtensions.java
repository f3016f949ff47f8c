package org.roundtable.classroom;

import java.math.BigDecimal;

import org.roundtable.article.Markdown;
import org.roundtable.language.Messages;

import io.quarkus.qute.TemplateExtension;

/**
 * How feedback reads: its comment as Markdown through the sanitiser posts use (rendered when shown, so
 * the stored text stays what the teacher typed), and its score out of the assignment's maximum.
 */
@TemplateExtension
public final class FeedbackExtensions {

    private FeedbackExtensions() {
    }

    /** {@code feedback.commentHtml}: the comment as sanitised HTML, empty when there is none. */
    public static String commentHtml(Feedback feedback) {
        return feedback.comment == null ? "" : Markdown.renderPost(feedback.comment);
    }

    /**
     * {@code feedback.scoreOutOf(max)}: "8 out of 10" when the assignment has a maximum and the score is a
     * number; else the score as written (one given before the maximum was set, say "B+").
     */
    public static String scoreOutOf(Feedback feedback, Integer max) {
        if (feedback.score == null) {
            return "";
        }
        return max != null && FeedbackForm.number(feedback.score) != null
                ? Messages.now(ClassSettingsMsg.class).scoreOutOf(feedback.score, max) : feedback.score;
    }

    /** {@code assignment.scoreLabel}: the score field's label, "Score out of 10" when there is a maximum. */
    public static String scoreLabel(Assignment assignment) {
        ClassSettingsMsg words = Messages.now(ClassSettingsMsg.class);
        return assignment.maxScore == null ? words.scoreLabel() : words.scoreOutOfLabel(assignment.maxScore);
    }

    /** The score as a number for a spreadsheet, or the text when it is not one. */
    public static Object scoreCell(Feedback feedback) {
        if (feedback == null || feedback.score == null) {
            return null;
        }
        BigDecimal number = FeedbackForm.number(feedback.score);
        return number == null ? feedback.score : number;
    }
}
