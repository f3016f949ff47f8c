package org.roundtable.article;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A section body in Markdown from pasted paragraphs, list items and quotes. Pasted text is plain text, so every
 * character Markdown would read as syntax is escaped: "1986." at a paragraph's start stays a year, not a list.
 */
final class PastedMarkdown {

    /** ASCII punctuation that starts or ends inline Markdown anywhere in a line. */
    private static final String INLINE = "\\`*_[]<>&";
    /** What starts a block at a line's start: a heading, a list, a thematic break, a setext line, a fence. */
    private static final String LINE_START = "#+-=~";
    private static final Pattern ORDERED_START = Pattern.compile("^(\\d{1,9})([.)])");

    private PastedMarkdown() {
    }

    static String of(List<PastedUnit> units) {
        StringBuilder md = new StringBuilder();
        PastedUnit previous = null;
        for (PastedUnit unit : units) {
            boolean sameList = previous != null && unit.isItem() && unit.kind() == previous.kind();
            if (!md.isEmpty()) {
                md.append(sameList ? "\n" : "\n\n");
            }
            md.append(prefix(unit)).append(escaped(unit.text()));
            previous = unit;
        }
        return md.toString();
    }

    private static String prefix(PastedUnit unit) {
        return switch (unit.kind()) {
            case BULLET -> "- ";
            case NUMBERED -> unit.number() + ". ";
            case QUOTE -> "> ";
            case PARAGRAPH -> "";
        };
    }

    /** {@code text} as one line of Markdown that shows exactly {@code text}. */
    static String escaped(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (INLINE.indexOf(c) >= 0 || (i == 0 && LINE_START.indexOf(c) >= 0)) {
                out.append('\\');
            }
            out.append(c);
        }
        return ORDERED_START.matcher(out).replaceFirst("$1\\\\$2");
    }
}
