package org.roundtable.article;

import java.util.ArrayList;
import java.util.List;

import org.roundtable.language.Messages;

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
        IntakeMsg words = Messages.now(IntakeMsg.class);
        String text = pasted == null ? "" : pasted;
        if (text.isBlank()) {
            notes.add(words.pastedEmpty());
        }
        String bounded = PastedLines.bounded(text);
        if (bounded.length() < text.length()) {
            notes.add(words.pastedTooLong(PastedLines.MAX_CHARS));
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
        IntakeMsg words = Messages.now(IntakeMsg.class);
        if (header.title == null) {
            notes.add(words.noTitle());
        }
        if (header.date == null) {
            notes.add(words.noDate());
        }
        if (header.readingMinutes == null) {
            notes.add(words.noReadingTime());
        }
        return notes;
    }

    private static List<String> questionNotes(boolean headingFound, int items, int kept) {
        IntakeMsg words = Messages.now(IntakeMsg.class);
        if (!headingFound) {
            return List.of(words.noQuestionsBelow());
        }
        if (items == 0) {
            return List.of(words.questionsHeadingEmpty());
        }
        if (kept < items) {
            return List.of(words.questionsKept(kept));
        }
        return List.of();
    }
}
