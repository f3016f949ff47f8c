package org.roundtable.article;

import java.util.ArrayList;
import java.util.List;

/**
 * A few lines of an article's source around a problem, numbered as the error message numbers them, so the author
 * sees the offending line in its context without counting lines in the text box.
 */
public record SourceExcerpt(int line, List<Line> lines) {

    /** Lines shown before and after the offending one. */
    static final int CONTEXT = 2;

    /** Longer lines are cut for display; the whole text stays in the text box. */
    static final int MAX_LINE_CHARS = 300;

    public record Line(int number, String text, boolean offending) {
    }

    /** The lines around {@code line} (1-based); null when the source has no such line. */
    public static SourceExcerpt around(String source, int line) {
        String[] all = ArticleMarkdown.LINE_BREAK.split(source == null ? "" : source, -1);
        if (line < 1 || line > all.length) {
            return null;
        }
        List<Line> lines = new ArrayList<>();
        for (int n = Math.max(1, line - CONTEXT); n <= Math.min(all.length, line + CONTEXT); n++) {
            lines.add(new Line(n, shortened(all[n - 1]), n == line));
        }
        return new SourceExcerpt(line, lines);
    }

    /** The number the first line has, for {@code <ol start>}. */
    public int start() {
        return lines.get(0).number();
    }

    private static String shortened(String text) {
        return text.length() <= MAX_LINE_CHARS ? text : text.substring(0, MAX_LINE_CHARS) + "…";
    }
}
