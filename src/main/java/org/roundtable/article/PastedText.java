package org.roundtable.article;

import java.util.ArrayList;
import java.util.List;

/**
 * The "paste the text" way in: text as a teacher copies it from a news page, read into a draft for the review
 * page. Finds the title, date and reading time at the top, the sections (see {@link PastedSections}), lists and
 * quotes (see {@link PastedUnits}), and a trailing questions part ({@link PastedQuestions}); drops web-page debris
 * ({@link PastedLines}). Never fails: what it could not find, it says in the draft's notes.
 */
public final class PastedText {

    private PastedText() {
    }

    public static ArticleDraft read(String pasted) {
        List<String> notes = new ArrayList<>();
        String text = pasted == null ? "" : pasted;
        if (text.isBlank()) {
            notes.add("The pasted text is empty: paste the article\u2019s text, or write the article below.");
        }
        String bounded = PastedLines.bounded(text);
        if (bounded.length() < text.length()) {
            notes.add("The pasted text is longer than " + PastedLines.MAX_CHARS
                    + " characters: only its beginning was read.");
        }
        List<String> lines = PastedLines.cleaned(bounded);
        PastedHeader header = PastedHeader.read(lines);
        List<PastedUnit> units = PastedUnits.of(lines.subList(header.bodyStart, lines.size()));
        int questionsAt = PastedQuestions.headingIndex(units);
        List<PastedUnit> body = questionsAt < 0 ? units : units.subList(0, questionsAt);
        List<PastedUnit> items = questionsAt < 0 ? List.of() : units.subList(questionsAt + 1, units.size());
        PastedSections sections = PastedSections.of(body);
        List<ArticleDraft.Question> questions = PastedQuestions.of(items, ArticleMarkdown.MAX_QUESTIONS);
        notes.addAll(headerNotes(header));
        notes.addAll(sections.notes);
        notes.addAll(questionNotes(questionsAt >= 0, items.size(), questions.size()));
        return new ArticleDraft(header.title, sections.dek, header.date, header.readingMinutes, header.source, null,
                sections.sections, questions, List.of(), notes);
    }

    private static List<String> headerNotes(PastedHeader header) {
        List<String> notes = new ArrayList<>();
        if (header.title == null) {
            notes.add("No title was found: write it below.");
        }
        if (header.date == null) {
            notes.add("No date was found: add the date the article was published.");
        }
        if (header.readingMinutes == null) {
            notes.add("No reading time was found: it will be estimated from the text if you leave it empty.");
        }
        return notes;
    }

    private static List<String> questionNotes(boolean headingFound, int items, int kept) {
        if (!headingFound) {
            return List.of("No thought questions were found: add them below.");
        }
        if (items == 0) {
            return List.of("A questions heading was found, but no questions under it: add them below.");
        }
        if (kept < items) {
            return List.of("Only the first " + kept + " questions were kept: an article has at most " + kept + ".");
        }
        return List.of();
    }
}
