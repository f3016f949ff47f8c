package org.roundtable.article;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The top of a pasted page, before its first paragraph: the title (pages repeat it, in the tab, the breadcrumb and
 * the headline, so a line equal to it is dropped), the byline line with its date and reading time, and "By …".
 */
final class PastedHeader {

    private static final int MAX_TITLE_CHARS = ArticleMarkdown.MAX_TITLE_CHARS;
    private static final int MAX_META_CHARS = 120;
    /** "Updated 5/15/2025, 10:42 a.m. EDT", but not a title that names a date. */
    private static final int MAX_META_WORDS = 6;
    private static final Pattern BYLINE = Pattern.compile("(?i)^by\\s+\\p{Lu}.{0,100}");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    String title;
    LocalDate date;
    Integer readingMinutes;
    String source;
    /** The index of the first line after the header. */
    int bodyStart;

    static PastedHeader read(List<String> lines) {
        PastedHeader header = new PastedHeader();
        int i = 0;
        while (i < lines.size() && header.take(lines.get(i))) {
            i++;
        }
        header.bodyStart = i;
        return header;
    }

    /** Whether {@code line} belongs to the header; if so, what it says is kept. */
    private boolean take(String line) {
        if (line.isEmpty() || sameAsTitle(line)) {
            return true;
        }
        if (line.length() <= MAX_META_CHARS && takeMeta(line)) {
            return true;
        }
        if (title == null && line.length() <= MAX_TITLE_CHARS && PastedUnits.marker(line) == null) {
            title = line;
            return true;
        }
        return false;
    }

    private boolean takeMeta(String line) {
        LocalDate lineDate = PastedDates.date(line);
        Integer lineMinutes = PastedDates.minutes(line);
        if ((lineDate == null && lineMinutes == null) || PastedDates.otherWords(line) > MAX_META_WORDS) {
            if (title != null && source == null && BYLINE.matcher(line).matches()) {
                source = line.substring(2).strip();
                return true;
            }
            return false;
        }
        date = date != null ? date : lineDate;
        readingMinutes = readingMinutes != null ? readingMinutes : lineMinutes;
        return true;
    }

    private boolean sameAsTitle(String line) {
        return title != null && normal(line).equals(normal(title));
    }

    private static String normal(String text) {
        return SPACES.matcher(text).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
