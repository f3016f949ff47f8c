package org.roundtable.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.commonmark.node.Heading;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * A draft in the article Markdown format and back: {@link #write} is what publishing parses, {@link #read} turns
 * text already in the format into a draft for the review page. Reading is lenient (what it cannot use becomes a
 * note); the parser that publishing runs stays the one judge of the format.
 */
public final class DraftMarkdown {

    /** The heading of the who's-who section, as written; read also with a plain apostrophe. */
    public static final String WHOS_WHO = "Who’s who and key terms";
    static final String QUESTIONS = "Thought Questions";

    /** Characters that would turn into markup inside a one-line value. */
    private static final Pattern INLINE_MARKUP = Pattern.compile("[\\\\`*_\\[\\]<>&#!]");
    /** What would start a block (list, quote, heading) at the start of a line. */
    private static final Pattern BLOCK_START = Pattern.compile("^(\\d{1,9})([.)])|^([-+=>~])");

    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

    private DraftMarkdown() {
    }

    /** The Markdown text and, for each of its 1-based lines, the review field it came from (null for none). */
    public record Written(String markdown, List<String> fieldOfLine) {

        public String fieldAt(int line) {
            return line >= 1 && line <= fieldOfLine.size() ? fieldOfLine.get(line - 1) : null;
        }
    }

    public static String write(ArticleDraft draft) {
        return written(draft, null).markdown();
    }

    /**
     * The draft written out, with a {@code slug:} line when {@code slug} is given. Who's-who entries without an
     * explanation are left out. Field names: title, slug, dek, date, readingTime, source, url, heading-N, body-N,
     * term-N, questions, question-N (N from 1).
     */
    public static Written written(ArticleDraft draft, String slug) {
        Lines out = new Lines();
        writeHeader(draft, slug, out);
        writeSections(draft.sections(), out);
        writeTerms(draft.terms(), out);
        writeQuestions(draft.questions(), out);
        return new Written(String.join("\n", out.lines) + "\n", java.util.Collections.unmodifiableList(out.fields));
    }

    /** The title and the metadata lines under it. */
    private static void writeHeader(ArticleDraft draft, String slug, Lines out) {
        out.add("title", "# " + text(draft.title()));
        out.add(null, "");
        out.meta("slug", "slug", slug);
        out.meta("dek", "dek", inline(draft.dek()));
        out.meta("date", "date", draft.date() == null ? null : draft.date().toString());
        out.meta("readingTime", "reading-time",
                draft.readingMinutes() == null ? null : draft.readingMinutes().toString());
        out.meta("source", "source", inline(draft.source()));
        out.meta("url", "url", oneLine(draft.url()));
        out.add(null, "");
    }

    private static void writeSections(List<ArticleDraft.Section> sections, Lines out) {
        for (int i = 0; i < sections.size(); i++) {
            ArticleDraft.Section section = sections.get(i);
            out.add("heading-" + (i + 1), "## " + text(section.heading()));
            out.add(null, "");
            String body = section.markdown() == null ? "" : section.markdown().strip();
            if (!body.isEmpty()) {
                for (String line : ArticleMarkdown.LINE_BREAK.split(body, -1)) {
                    out.add("body-" + (i + 1), line);
                }
                out.add(null, "");
            }
        }
    }

    private static void writeQuestions(List<ArticleDraft.Question> questions, Lines out) {
        out.add("questions", "## " + QUESTIONS);
        out.add("questions", "");
        for (int i = 0; i < questions.size(); i++) {
            ArticleDraft.Question q = questions.get(i);
            out.add("question-" + (i + 1), (i + 1) + ". " + (q.stance() ? "[stance] " : "") + text(q.text()));
        }
    }

    private static void writeTerms(List<ArticleDraft.Term> terms, Lines out) {
        List<ArticleDraft.Term> kept = terms.stream()
                .filter(t -> !blank(t.term()) && !blank(t.explanation())).toList();
        if (kept.isEmpty()) {
            return;
        }
        out.add(null, "## " + WHOS_WHO);
        out.add(null, "");
        for (int i = 0; i < terms.size(); i++) {
            ArticleDraft.Term t = terms.get(i);
            if (kept.contains(t)) {
                out.add("term-" + (i + 1), "- **" + inline(t.term()) + "**: " + inline(t.explanation()));
            }
        }
        out.add(null, "");
    }

    /** Reads text in the article format; see {@link DraftReader}. */
    public static ArticleDraft read(String markdown) {
        return DraftReader.read(markdown == null ? "" : markdown, PARSER);
    }

    static boolean isWhosWho(String heading) {
        return heading.replace('\'', '’').equalsIgnoreCase(WHOS_WHO);
    }

    static boolean isQuestions(Heading heading) {
        return ThoughtQuestions.isHeading(heading);
    }

    /** A one-line value as Markdown that reads back as the same plain text: whitespace folded, markup escaped. */
    static String inline(String value) {
        String text = oneLine(value);
        if (text == null) {
            return null;
        }
        String escaped = INLINE_MARKUP.matcher(text).replaceAll("\\\\$0");
        return BLOCK_START.matcher(escaped).replaceFirst(m -> m.group(1) != null
                ? m.group(1) + "\\\\" + m.group(2) : "\\\\" + m.group(3));
    }

    private static String text(String value) {
        String escaped = inline(value);
        return escaped == null ? "" : escaped;
    }

    private static String oneLine(String value) {
        if (value == null) {
            return null;
        }
        String text = value.replaceAll("\\s+", " ").strip();
        return text.isEmpty() ? null : text;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Output lines, each with the field it came from. */
    private static final class Lines {

        final List<String> lines = new ArrayList<>();
        final List<String> fields = new ArrayList<>();

        void add(String field, String line) {
            lines.add(line);
            fields.add(field);
        }

        void meta(String field, String key, String value) {
            if (value != null) {
                add(field, key + ": " + value);
            }
        }
    }
}
