package org.roundtable.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The questions part that ends many classroom articles: "Thought questions", "Thought Questions for Readers",
 * "Discussion questions", "Questions for readers", "Questions to consider", … in any case. Its items become the
 * thought questions as written, without their numbers or bullets.
 */
final class PastedQuestions {

    private static final Pattern HEADING = Pattern.compile("(?i)((thought|discussion|reflection|reading|study"
            + "|review|critical[- ]thinking|talking|think(ing)?[- ]about[- ]it|reader'?s?|your)\\s+)?questions"
            + "(\\s+(for|to|about)(\\s+[\\p{L}'\u2019-]+){1,3})?\\s*:?");

    private PastedQuestions() {
    }

    /** The index of the last unit that heads a questions part, or -1. */
    static int headingIndex(List<PastedUnit> units) {
        for (int i = units.size() - 1; i >= 0; i--) {
            PastedUnit unit = units.get(i);
            if (unit.kind() == PastedUnit.Kind.PARAGRAPH && isHeading(unit.text())) {
                return i;
            }
        }
        return -1;
    }

    static boolean isHeading(String text) {
        return text.length() <= 60 && HEADING.matcher(text).matches();
    }

    /** At most {@code max} questions, one per unit. */
    static List<ArticleDraft.Question> of(List<PastedUnit> items, int max) {
        List<ArticleDraft.Question> questions = new ArrayList<>();
        for (PastedUnit item : items) {
            if (questions.size() == max) {
                break;
            }
            questions.add(new ArticleDraft.Question(item.text(), false));
        }
        return questions;
    }
}
