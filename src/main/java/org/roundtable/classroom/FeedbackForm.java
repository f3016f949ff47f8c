package org.roundtable.classroom;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;
import org.roundtable.article.Markdown;
import org.roundtable.language.Messages;

/** One assignment's feedback as submitted: a comment and a score, both optional. */
public class FeedbackForm {

    /** The longest comment and score, as their columns hold them. */
    public static final int MAX_COMMENT = 4000;
    public static final int MAX_SCORE = 20;

    @RestForm
    public String comment;

    @RestForm
    public String score;

    /** The comment as stored: one kind of line break, no surrounding white space. */
    public String cleanComment() {
        return comment == null ? "" : comment.replace("\r\n", "\n").strip();
    }

    @RestForm
    public String then;

    public String cleanScore() {
        return score == null ? "" : score.strip();
    }

    /** "Save and next student" was pressed rather than "Save". */
    public boolean next() {
        return "next".equals(then);
    }

    /** The score as stored: out of a maximum, the number written plainly ("7,50" gives "7.5"). */
    public String scoreFor(Integer max) {
        BigDecimal number = number(cleanScore());
        return max == null || number == null ? cleanScore() : number.stripTrailingZeros().toPlainString();
    }

    /**
     * Field → message; empty when the feedback can be saved. The score is a number from 0 to {@code max} when the
     * assignment has a maximum.
     */
    public Map<String, String> validate(Integer max) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (cleanComment().length() > MAX_COMMENT) {
            errors.put("comment", Messages.now(ClassSettingsMsg.class).commentTooLong(MAX_COMMENT));
        } else if (Markdown.tooDeep(cleanComment())) {
            errors.put("comment", Markdown.tooDeepMessage());
        }
        if (max != null) {
            BigDecimal number = number(cleanScore());
            if (!cleanScore().isEmpty() && (number == null || number.signum() < 0
                    || number.compareTo(BigDecimal.valueOf(max)) > 0)) {
                errors.put("score", Messages.now(ClassSettingsMsg.class).scoreAsNumber(max, String.valueOf(max / 2)));
            }
        } else if (cleanScore().length() > MAX_SCORE) {
            errors.put("score", Messages.now(ClassSettingsMsg.class).scoreShort());
        }
        return errors;
    }

    /** A score written as a number ("8", "7.5", "7,5"), or null when it is something else. */
    static BigDecimal number(String score) {
        if (!score.matches("\\d{1,4}([.,]\\d{1,2})?")) {
            return null;
        }
        return new BigDecimal(score.replace(',', '.'));
    }
}
