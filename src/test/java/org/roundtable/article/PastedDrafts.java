package org.roundtable.article;

import java.time.LocalDate;

/** A draft written in the article Markdown format, as publishing does, to check that its bodies parse. */
final class PastedDrafts {

    private PastedDrafts() {
    }

    static String asMarkdown(ArticleDraft draft) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(PastedMarkdown.escaped(draft.title() == null ? "Untitled" : draft.title()));
        LocalDate date = draft.date() == null ? LocalDate.of(2025, 1, 1) : draft.date();
        md.append("\n\ndate: ").append(date).append('\n');
        if (draft.readingMinutes() != null) {
            md.append("reading-time: ").append(draft.readingMinutes()).append('\n');
        }
        for (ArticleDraft.Section section : draft.sections()) {
            md.append("\n## ").append(PastedMarkdown.escaped(section.heading())).append("\n\n");
            md.append(section.markdown()).append('\n');
        }
        md.append("\n## Thought Questions\n\n");
        int n = 1;
        for (ArticleDraft.Question question : draft.questions()) {
            md.append(n++).append(". ").append(PastedMarkdown.escaped(question.text())).append('\n');
        }
        if (draft.questions().isEmpty()) {
            md.append("1. A question?\n");
        }
        return md.toString();
    }
}
