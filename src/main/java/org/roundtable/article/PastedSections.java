package org.roundtable.article;

import java.util.ArrayList;
import java.util.List;

import org.roundtable.language.Messages;

/**
 * The sections of a pasted article. A heading is a short line without final punctuation (see
 * {@link PastedUnits#headingLike}) that is followed by body text, so a caption or a last short line is not one.
 * The text before the first heading is the dek when it is one short paragraph, as news pages show a summary under
 * the title; otherwise it becomes a first section named {@link #leadHeading()}.
 */
final class PastedSections {

    /** The English headings given below, as the tests and the English bundle have them. */
    static final String LEAD_HEADING = "Introduction";
    static final String WHOLE_HEADING = "Article";

    /** The heading given to the text before a page's first heading, in the language being spoken. */
    static String leadHeading() {
        return Messages.now(IntakeMsg.class).leadHeading();
    }

    /** The heading given to a page's whole text when it has no headings, in the language being spoken. */
    static String wholeHeading() {
        return Messages.now(IntakeMsg.class).wholeHeading();
    }

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
            notes.add(Messages.now(IntakeMsg.class).noArticleText());
            return;
        }
        sections.add(new ArticleDraft.Section(wholeHeading(), PastedMarkdown.of(units)));
        notes.add(Messages.now(IntakeMsg.class).wholeSection(wholeHeading()));
    }

    private void lead(List<PastedUnit> lead) {
        if (lead.isEmpty()) {
            return;
        }
        PastedUnit only = lead.get(0);
        if (lead.size() == 1 && only.kind() == PastedUnit.Kind.PARAGRAPH
                && only.text().length() <= ArticleMarkdown.MAX_DEK_CHARS) {
            dek = only.text();
            notes.add(Messages.now(IntakeMsg.class).dekTaken());
            return;
        }
        sections.add(new ArticleDraft.Section(leadHeading(), PastedMarkdown.of(lead)));
        notes.add(Messages.now(IntakeMsg.class).leadSection(leadHeading()));
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
