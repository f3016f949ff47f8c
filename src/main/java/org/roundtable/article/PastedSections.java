package org.roundtable.article;

import java.util.ArrayList;
import java.util.List;

/**
 * The sections of a pasted article. A heading is a short line without final punctuation (see
 * {@link PastedUnits#headingLike}) that is followed by body text, so a caption or a last short line is not one.
 * The text before the first heading is the dek when it is one short paragraph, as news pages show a summary under
 * the title; otherwise it becomes a first section named {@value #LEAD_HEADING}.
 */
final class PastedSections {

    static final String LEAD_HEADING = "Introduction";
    static final String WHOLE_HEADING = "Article";

    final List<ArticleDraft.Section> sections = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    String dek;

    private PastedSections() {
    }

    static PastedSections of(List<PastedUnit> units) {
        PastedSections found = new PastedSections();
        int first = nextHeading(units, 0);
        if (first < 0) {
            found.whole(units);
            return found;
        }
        found.lead(units.subList(0, first));
        for (int at = first; at >= 0;) {
            int next = nextHeading(units, at + 1);
            List<PastedUnit> body = units.subList(at + 1, next < 0 ? units.size() : next);
            found.sections.add(new ArticleDraft.Section(units.get(at).text(), PastedMarkdown.of(body)));
            at = next;
        }
        return found;
    }

    private void whole(List<PastedUnit> units) {
        if (units.isEmpty()) {
            notes.add("No article text was found: paste the text again or write the sections below.");
            return;
        }
        sections.add(new ArticleDraft.Section(WHOLE_HEADING, PastedMarkdown.of(units)));
        notes.add("No section headings were found, so the whole text is one section called \u201C"
                + WHOLE_HEADING + "\u201D: rename it, or split it if the article has parts.");
    }

    private void lead(List<PastedUnit> lead) {
        if (lead.isEmpty()) {
            return;
        }
        PastedUnit only = lead.get(0);
        if (lead.size() == 1 && only.kind() == PastedUnit.Kind.PARAGRAPH
                && only.text().length() <= ArticleMarkdown.MAX_DEK_CHARS) {
            dek = only.text();
            notes.add("The short paragraph under the title was taken as the summary line (dek): check it.");
            return;
        }
        sections.add(new ArticleDraft.Section(LEAD_HEADING, PastedMarkdown.of(lead)));
        notes.add("The text before the first heading became a section called \u201C" + LEAD_HEADING
                + "\u201D: rename it if you like.");
    }

    private static int nextHeading(List<PastedUnit> units, int from) {
        for (int i = from; i < units.size() - 1; i++) {
            if (isHeading(units.get(i)) && isBodyText(units.get(i + 1))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isHeading(PastedUnit unit) {
        return unit.kind() == PastedUnit.Kind.PARAGRAPH && unit.oneLine() && PastedUnits.headingLike(unit.text());
    }

    private static boolean isBodyText(PastedUnit unit) {
        return unit.kind() != PastedUnit.Kind.PARAGRAPH || !unit.oneLine() || !PastedUnits.headingLike(unit.text());
    }
}
