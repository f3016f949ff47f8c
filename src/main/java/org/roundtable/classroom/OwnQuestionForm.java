package org.roundtable.classroom;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;
import org.roundtable.article.Question;
import org.roundtable.language.Messages;

/** A question of the teacher's own, as typed: its text and whether it takes a stance. */
public class OwnQuestionForm {

    @RestForm
    public String text;

    /** "on" when ticked. */
    @RestForm
    public String stance;

    static OwnQuestionForm empty() {
        return new OwnQuestionForm().orEmpty();
    }

    static OwnQuestionForm of(Question question) {
        OwnQuestionForm form = new OwnQuestionForm();
        form.text = question.text;
        form.stance = question.stanceEnabled ? "on" : null;
        return form;
    }

    OwnQuestionForm orEmpty() {
        text = text == null ? "" : text;
        return this;
    }

    public boolean stanceEnabled() {
        return stance != null;
    }

    String cleanText() {
        return text.strip();
    }

    /** Field → message; empty when the question can be saved. */
    Map<String, String> validate() {
        Map<String, String> errors = new LinkedHashMap<>();
        String message = problem(text);
        if (message != null) {
            errors.put("text", message);
        }
        return errors;
    }

    /** Why a question's text is refused, or null when it is fine. */
    static String problem(String text) {
        if (text == null || text.isBlank()) {
            return Messages.now(TeachingMsg.class).writeQuestion();
        }
        if (text.strip().length() > Question.MAX_CHARS) {
            return Messages.now(TeachingMsg.class).questionTooLong(Question.MAX_CHARS);
        }
        return null;
    }
}
