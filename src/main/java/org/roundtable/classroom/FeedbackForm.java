package org.roundtable.classroom;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;

/** One assignment's feedback as submitted: a comment and a score, both optional. */
public class FeedbackForm {

    @RestForm
    public String comment;

    @RestForm
    public String score;

    /** The comment as stored: one kind of line break, no surrounding white space. */
    public String cleanComment() {
        return comment == null ? "" : comment.replace("\r\n", "\n").strip();
    }

    public String cleanScore() {
        return score == null ? "" : score.strip();
    }

    /** Field → message; empty when the feedback can be saved. */
    public Map<String, String> validate() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (cleanComment().length() > Feedback.MAX_COMMENT) {
            errors.put("comment", "Keep the comment under " + Feedback.MAX_COMMENT + " characters.");
        }
        if (cleanScore().length() > Feedback.MAX_SCORE) {
            errors.put("score", "Keep the score short, for example 8/10 or B+.");
        }
        return errors;
    }
}
