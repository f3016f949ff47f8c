package org.roundtable.article;

import io.quarkus.qute.TemplateExtension;

/** {@code {q.position.questionHeading}} → "Question 2", or "Class question 1" for a class's own question. */
public final class QuestionHeadings {

    private QuestionHeadings() {
    }

    @TemplateExtension
    static String questionHeading(Number position) {
        return Question.heading(position.intValue());
    }
}
