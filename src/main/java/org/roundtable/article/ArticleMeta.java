package org.roundtable.article;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.Parser;

/** The "key: value" lines of the paragraph right after an article's title. */
final class ArticleMeta {

    /** The keys a detail line may have, as messages list them. */
    private static final String KEYS = "slug, dek, date, reading-time, source, url";
    private static final Pattern META_LINE = Pattern.compile("([A-Za-z][A-Za-z-]*)\\s*:\\s*(.*)");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MINUTES = Pattern.compile("\\d{1,4}");

    /** Metadata values are single lines of inline Markdown: no block syntax, so "1. x" stays text. */
    private static final Parser INLINE_PARSER = Parser.builder().enabledBlockTypes(Set.of()).build();

    /** Where a missing required key is reported: the metadata paragraph, or the title if there is none. */
    int firstLine;
    String slug;
    String dek;
    LocalDate date;
    Integer readingMinutes;
    String source;
    String url;

    ArticleMeta(int titleLine) {
        this.firstLine = titleLine;
    }

    /** The 1-based line of the paragraph's 'slug:' line, or 0 when it has none. */
    static int slugLine(Paragraph paragraph, String[] lines) {
        for (SourceSpan span : paragraph.getSourceSpans()) {
            Matcher m = META_LINE.matcher(lines[span.getLineIndex()].strip());
            if (m.matches() && m.group(1).equalsIgnoreCase("slug")) {
                return span.getLineIndex() + 1;
            }
        }
        return 0;
    }

    void read(Paragraph paragraph, String[] lines) throws ArticleFormatException {
        firstLine = Blocks.lineOf(paragraph);
        Map<String, Integer> seen = new HashMap<>();
        for (SourceSpan span : paragraph.getSourceSpans()) {
            int line = span.getLineIndex() + 1;
            // Read the raw line so inline Markdown cannot alter a value (underscores, brackets, backslashes).
            Matcher m = META_LINE.matcher(lines[span.getLineIndex()].strip());
            if (!m.matches()) {
                throw ArticleFormatException.of(line, words -> words.metaExpected(KEYS));
            }
            String key = m.group(1).toLowerCase(Locale.ROOT);
            String value = m.group(2).strip();
            Integer earlier = seen.putIfAbsent(key, line);
            if (earlier != null) {
                throw ArticleFormatException.of(line, words -> words.metaTwice(key, earlier));
            }
            if (value.isEmpty()) {
                throw ArticleFormatException.of(line, words -> words.metaNoValue(key));
            }
            set(key, value, line);
        }
    }

    private void set(String key, String value, int line) throws ArticleFormatException {
        switch (key) {
            case "slug" -> slug = slug(value, line);
            case "dek" -> dek = inlineText(value, line, "dek", ArticleMarkdown.MAX_DEK_CHARS);
            case "date" -> date = date(value, line);
            case "reading-time" -> readingMinutes = minutes(value, line);
            case "source" -> source = inlineText(value, line, "source", ArticleMarkdown.MAX_SOURCE_CHARS);
            case "url" -> url = url(value, line);
            default -> throw ArticleFormatException.of(line, words -> words.metaUnknown(key, KEYS));
        }
    }

    private static String slug(String value, int line) throws ArticleFormatException {
        if (!SLUG.matcher(value).matches()) {
            throw ArticleFormatException.of(line, words -> words.metaSlugShape("slug", "my-article"));
        }
        if (value.length() > ArticleMarkdown.MAX_SLUG_CHARS) {
            throw ArticleFormatException.of(line, words -> words.metaTooLong("slug", ArticleMarkdown.MAX_SLUG_CHARS));
        }
        return value;
    }

    /** The original address: an absolute http or https address with a host, as written (the page links to it). */
    private static String url(String value, int line) throws ArticleFormatException {
        if (value.length() > ArticleMarkdown.MAX_URL_CHARS) {
            throw ArticleFormatException.of(line, words -> words.metaTooLong("url", ArticleMarkdown.MAX_URL_CHARS));
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            uri = null;
        }
        String scheme = uri == null ? null : uri.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                || uri.getHost() == null) {
            throw ArticleFormatException.of(line,
                    words -> words.metaUrl("url", "http://", "https://", "https://example.org/news"));
        }
        return value;
    }

    private static int minutes(String value, int line) throws ArticleFormatException {
        int minutes = MINUTES.matcher(value).matches() ? Integer.parseInt(value) : 0;
        if (minutes <= 0) {
            throw ArticleFormatException.of(line, words -> words.metaMinutes("reading-time"));
        }
        return minutes;
    }

    private static LocalDate date(String value, int line) throws ArticleFormatException {
        try {
            if (ISO_DATE.matcher(value).matches()) {
                return LocalDate.parse(value);
            }
        } catch (DateTimeParseException e) {
            // falls through to the same message as a malformed date
        }
        throw ArticleFormatException.of(line, words -> words.metaDate("date"));
    }

    private static String inlineText(String value, int line, String key, int max) throws ArticleFormatException {
        String text = Markdown.plainText(INLINE_PARSER.parse(value));
        if (text.isEmpty()) {
            throw ArticleFormatException.of(line, words -> words.metaNoText(key));
        }
        if (text.length() > max) {
            throw ArticleFormatException.of(line, words -> words.metaTooLong(key, max));
        }
        return text;
    }
}
