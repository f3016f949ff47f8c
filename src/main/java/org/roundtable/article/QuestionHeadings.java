package org.roundtable.article;

import org.roundtable.language.Messages;

import io.quarkus.qute.TemplateExtension;

/**
 * {@code {q.position.questionHeading}} → "Question 2", or "Class question 1" for a class's own question, in the
 * template's language ({@link Question#heading} stays English, for file names).
 */
public final class QuestionHeadings {

    private QuestionHeadings() {
    }

    @TemplateExtension
    static String questionHeading(Number position, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        ArticleMsg words = Messages.in(ArticleMsg.class, locale);
        int at = position.intValue();
        return at >= Question.OWN_FROM ? words.classQuestionHeading(at - Question.OWN_FROM + 1)
                : words.questionHeading(at);
    }
}
