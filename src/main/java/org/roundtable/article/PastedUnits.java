package org.roundtable.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.roundtable.article.PastedUnit.Kind;

/**
 * Cuts pasted lines into paragraphs, list items and quotes. Pages copy each paragraph as one line; a line that
 * does not end a sentence runs on into the next (text wrapped by hand), unless it looks like a heading.
 */
final class PastedUnits {

    private static final Pattern BULLET = Pattern.compile("^[\u2022\u25CF\u25AA\u25E6\u2023\u2043*\u2013+-]\\s+(.*)");
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,3})[.)]\\s+(.*)");
    private static final Pattern QUOTE = Pattern.compile("^>[>\\s]*(.*)");
    private static final String SENTENCE_END = ".!?\u2026:;\"\u201D\u2019)]";
    private static final int MAX_HEADING_CHARS = 100;
    private static final int MAX_HEADING_WORDS = 15;

    private PastedUnits() {
    }

    static List<PastedUnit> of(List<String> lines) {
        List<PastedUnit> units = new ArrayList<>();
        PastedUnit open = null;
        StringBuilder runOn = new StringBuilder();
        for (String line : lines) {
            PastedUnit marked = line.isEmpty() ? null : marker(line);
            if (!line.isEmpty() && marked == null && open != null && runsOn(open, runOn, line)) {
                runOn.append(' ').append(line);
                continue;
            }
            flush(units, open, runOn);
            open = line.isEmpty() ? null : marked != null ? marked : new PastedUnit(Kind.PARAGRAPH, line, null, true);
        }
        flush(units, open, runOn);
        return units;
    }

    /** The list item or quote that {@code line} starts, or null for a line of plain text. */
    static PastedUnit marker(String line) {
        Matcher m = BULLET.matcher(line);
        if (m.matches() && !m.group(1).isBlank()) {
            return new PastedUnit(Kind.BULLET, m.group(1).strip(), null, true);
        }
        m = NUMBERED.matcher(line);
        if (m.matches() && !m.group(2).isBlank()) {
            return new PastedUnit(Kind.NUMBERED, m.group(2).strip(), m.group(1), true);
        }
        m = QUOTE.matcher(line);
        if (m.matches() && !m.group(1).isBlank()) {
            return new PastedUnit(Kind.QUOTE, m.group(1).strip(), null, true);
        }
        return null;
    }

    /**
     * A short line that starts with a capital or digit, has no sentence punctuation at its end (a question mark
     * may end it) and is not in quotation marks.
     */
    static boolean headingLike(String text) {
        if (text.length() > MAX_HEADING_CHARS || text.split(" ").length > MAX_HEADING_WORDS) {
            return false;
        }
        char first = text.charAt(0);
        char last = text.charAt(text.length() - 1);
        return (Character.isUpperCase(first) || Character.isDigit(first))
                && (Character.isLetterOrDigit(last) || last == '?' || last == '!' || last == ')');
    }

    /** Whether {@code line} continues the open unit, which is {@code open} and then {@code runOn}. */
    private static boolean runsOn(PastedUnit open, CharSequence runOn, String line) {
        CharSequence text = runOn.isEmpty() ? open.text() : runOn;
        if (SENTENCE_END.indexOf(text.charAt(text.length() - 1)) >= 0) {
            return false;
        }
        boolean headingAbove = runOn.isEmpty() && open.kind() == Kind.PARAGRAPH && headingLike(open.text())
                && Character.isUpperCase(line.charAt(0)) && line.length() >= 2 * open.text().length();
        return !headingAbove;
    }

    private static void flush(List<PastedUnit> units, PastedUnit open, StringBuilder runOn) {
        if (open != null) {
            units.add(runOn.isEmpty() ? open : new PastedUnit(open.kind(), open.text() + runOn, open.number(), false));
        }
        runOn.setLength(0);
    }
}
