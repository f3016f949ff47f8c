package org.roundtable.article;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads an article written in the article Markdown format:
 *
 * <pre>
 * # Title
 *
 * slug: some-slug
 * dek: One-sentence subtitle
 * date: 2025-05-15
 * reading-time: 6
 * source: Attribution line
 *
 * ## Section heading
 *
 * Section body: paragraphs, lists, block quotes, emphasis, links.
 *
 * ## Thought Questions
 *
 * 1. [stance] A question that asks for a position?
 * 2. Another question?
 * </pre>
 *
 * Markdown structure comes from commonmark's node tree; the only text read by hand is the "key: value" metadata
 * lines and the {@code [stance]} marker. Every error names the source line, because authors fix files by line.
 */
public final class ArticleMarkdown {

    static final int MAX_INPUT_CHARS = 200_000;
    static final int MAX_TITLE_CHARS = 200;
    static final int MAX_HEADING_CHARS = 200;
    static final int MAX_QUESTION_CHARS = 1000;
    static final int MAX_QUESTIONS = 20;
    // The database columns' sizes: a parsed article always fits, so publishing never fails at the database.
    static final int MAX_SLUG_CHARS = 120;
    static final int MAX_DEK_CHARS = 400;
    static final int MAX_SOURCE_CHARS = 400;
    private static final int WORDS_PER_MINUTE = 200;

    /** The format's heading is "Thought Questions"; the longer form is what source texts tend to use. */
    private static final Set<String> QUESTION_HEADINGS = Set.of("thought questions", "thought questions for readers");

    /** The line endings commonmark recognises, so its span line indexes count the same lines. */
    static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
    private static final Pattern META_LINE = Pattern.compile("([A-Za-z][A-Za-z-]*)\\s*:\\s*(.*)");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MINUTES = Pattern.compile("\\d{1,4}");
    private static final Pattern STANCE_MARKER = Pattern.compile("^\\[stance\\]\\s*", Pattern.CASE_INSENSITIVE);

    /** Block source spans give every block its line number for error messages. */
    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

    /** Metadata values are single lines of inline Markdown: no block syntax, so "1. x" stays text. */
    private static final Parser INLINE_PARSER = Parser.builder().enabledBlockTypes(Set.of()).build();

    private ArticleMarkdown() {
    }

    public static ParsedArticle parse(String markdown) throws ArticleFormatException {
        if (markdown == null || markdown.isBlank()) {
            throw new ArticleFormatException(1, "The article is empty; it must start with a '# Title' line");
        }
        if (markdown.length() > MAX_INPUT_CHARS) {
            throw new ArticleFormatException(1, "The article is longer than " + MAX_INPUT_CHARS + " characters");
        }
        // Bounded before anything renders it: rendering recurses per level of nesting.
        int deepLine = Nesting.firstDeepLine(markdown);
        if (deepLine > 0) {
            throw new ArticleFormatException(deepLine, Markdown.TOO_DEEP);
        }
        String[] lines = LINE_BREAK.split(markdown, -1);
        Node document = PARSER.parse(markdown);
        Node deep = Nesting.firstDeepNode(document);
        if (deep != null) {
            Node block = deep;
            while (block.getSourceSpans().isEmpty() && block.getParent() != null) {
                block = block.getParent();   // inline nodes carry no line: report the block holding them
            }
            throw new ArticleFormatException(lineOf(block), Markdown.TOO_DEEP);
        }
        List<Node> blocks = topLevelBlocks(document);
        if (blocks.isEmpty()) {
            throw new ArticleFormatException(1, "The article is empty; it must start with a '# Title' line");
        }

        Node first = blocks.get(0);
        if (!(first instanceof Heading titleHeading) || titleHeading.getLevel() != 1) {
            throw new ArticleFormatException(lineOf(first), "The article must start with a '# Title' line");
        }
        int titleLine = lineOf(titleHeading);
        String title = boundedText(Markdown.plainText(titleHeading), MAX_TITLE_CHARS, "The title", titleLine);

        int next = 1;
        Meta meta = new Meta(titleLine);
        if (next < blocks.size() && blocks.get(next) instanceof Paragraph metaParagraph) {
            meta.read(metaParagraph, lines);
            next++;
        }

        List<ParsedSection> sections = new ArrayList<>();
        List<ParsedQuestion> questions = null;
        Set<String> anchors = new HashSet<>();
        Heading sectionHeading = null;
        List<Node> body = new ArrayList<>();
        for (int i = next; i < blocks.size(); i++) {
            Node block = blocks.get(i);
            if (!(block instanceof Heading heading)) {
                if (sectionHeading == null) {
                    throw new ArticleFormatException(lineOf(block), "Expected a '## ' section heading here");
                }
                body.add(block);
                continue;
            }
            if (heading.getLevel() == 1) {
                throw new ArticleFormatException(lineOf(heading),
                        "Only one '# ' title is allowed; use '## ' for section headings");
            }
            if (heading.getLevel() != 2) {
                throw new ArticleFormatException(lineOf(heading), "Only '## ' headings are allowed inside an article");
            }
            if (sectionHeading != null) {
                sections.add(section(sectionHeading, body, anchors, sections.size() + 1));
                body = new ArrayList<>();
            }
            if (QUESTION_HEADINGS.contains(Markdown.plainText(heading).toLowerCase(Locale.ROOT))) {
                if (sections.isEmpty()) {
                    throw new ArticleFormatException(lineOf(heading),
                            "At least one '## ' section must come before '## Thought Questions'");
                }
                questions = questions(heading, blocks.subList(i + 1, blocks.size()));
                break;
            }
            sectionHeading = heading;
        }
        if (questions == null) {
            if (sectionHeading != null) {
                // Report an empty last section before the missing questions: it is the earlier problem.
                section(sectionHeading, body, anchors, sections.size() + 1);
            }
            throw new ArticleFormatException(lastLineOf(blocks.get(blocks.size() - 1)),
                    "The article must end with a '## Thought Questions' section holding a numbered list");
        }

        String slug = meta.slug != null ? meta.slug : slugOf(title);
        if (slug.isEmpty()) {
            throw new ArticleFormatException(titleLine, "Cannot derive a slug from the title; add a 'slug:' line");
        }
        if (meta.date == null) {
            throw new ArticleFormatException(meta.firstLine, "Missing the required 'date: yyyy-MM-dd' line");
        }
        int minutes = meta.readingMinutes != null ? meta.readingMinutes : estimateMinutes(sections);
        return new ParsedArticle(slug, title, meta.dek, meta.date, minutes, meta.source, sections, questions);
    }

    /**
     * Where an article's slug comes from: its 'slug:' line, or the title line when the slug was made from the title.
     *
     * @param written the article has a 'slug:' line
     */
    record SlugSource(int line, boolean written) {
    }

    /**
     * For messages about an article that parses but cannot be published as it is, such as one whose slug another
     * article already uses.
     */
    static SlugSource slugSource(String markdown) {
        String[] lines = LINE_BREAK.split(markdown, -1);
        List<Node> blocks = topLevelBlocks(PARSER.parse(markdown));
        if (blocks.isEmpty()) {
            return new SlugSource(1, false);
        }
        if (blocks.size() > 1 && blocks.get(1) instanceof Paragraph meta) {
            for (SourceSpan span : meta.getSourceSpans()) {
                Matcher m = META_LINE.matcher(lines[span.getLineIndex()].strip());
                if (m.matches() && m.group(1).equalsIgnoreCase("slug")) {
                    return new SlugSource(span.getLineIndex() + 1, true);
                }
            }
        }
        return new SlugSource(lineOf(blocks.get(0)), false);
    }

    /** Link reference definitions render to nothing and only serve links, so they may sit anywhere. */
    private static List<Node> topLevelBlocks(Node document) {
        List<Node> blocks = new ArrayList<>();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (!(node instanceof LinkReferenceDefinition)) {
                blocks.add(node);
            }
        }
        return blocks;
    }

    private static ParsedSection section(Heading heading, List<Node> body, Set<String> anchors, int number)
            throws ArticleFormatException {
        int line = lineOf(heading);
        String text = boundedText(Markdown.plainText(heading), MAX_HEADING_CHARS, "A section heading", line);
        String html = Markdown.renderBlocks(body);
        if (html.isBlank()) {
            throw new ArticleFormatException(line, "Section '" + text + "' has no content");
        }
        return new ParsedSection(text, uniqueAnchor(text, anchors, number), html);
    }

    /** The questions section is the last thing in the article: exactly one numbered list, nothing after it. */
    private static List<ParsedQuestion> questions(Heading heading, List<Node> rest) throws ArticleFormatException {
        if (rest.isEmpty()) {
            throw new ArticleFormatException(lineOf(heading), "'## Thought Questions' needs a numbered list of questions");
        }
        Node block = rest.get(0);
        if (!(block instanceof OrderedList list)) {
            throw new ArticleFormatException(lineOf(block), block instanceof BulletList
                    ? "Thought questions must be a numbered list (1. 2. 3.), not a bullet list"
                    : "Expected a numbered list of thought questions");
        }
        if (rest.size() > 1) {
            throw new ArticleFormatException(lineOf(rest.get(1)),
                    "Nothing may follow the thought question list; it ends the article");
        }
        List<ParsedQuestion> questions = new ArrayList<>();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            int line = lineOf(item);
            if (questions.size() == MAX_QUESTIONS) {
                throw new ArticleFormatException(line, "At most " + MAX_QUESTIONS + " thought questions are allowed");
            }
            questions.add(question((ListItem) item, line));
        }
        return questions;
    }

    private static ParsedQuestion question(ListItem item, int line) throws ArticleFormatException {
        Node content = item.getFirstChild();
        if (!(content instanceof Paragraph) || content.getNext() != null) {
            throw new ArticleFormatException(line, "Each thought question must be one paragraph of plain text");
        }
        String text = Markdown.plainText(content);
        Matcher marker = STANCE_MARKER.matcher(text);
        boolean stance = marker.find();
        if (stance) {
            text = text.substring(marker.end());
        }
        return new ParsedQuestion(boundedText(text, MAX_QUESTION_CHARS, "A thought question", line), stance);
    }

    private static String boundedText(String text, int max, String what, int line) throws ArticleFormatException {
        if (text.isEmpty()) {
            throw new ArticleFormatException(line, what + " is empty");
        }
        if (text.length() > max) {
            throw new ArticleFormatException(line, what + " is longer than " + max + " characters");
        }
        return text;
    }

    private static String uniqueAnchor(String heading, Set<String> taken, int number) {
        String base = anchorText(heading);
        if (base.isEmpty()) {
            base = "section-" + number;
        }
        String anchor = base;
        for (int n = 2; !taken.add(anchor); n++) {
            anchor = base + "-" + n;
        }
        return anchor;
    }

    /**
     * The slug of an article without a 'slug:' line. A title may be longer than a slug, so a long one is cut at the
     * last whole word that fits: the author did not write this slug, so there is no line to blame.
     */
    static String slugOf(String title) {
        String slug = anchorText(title);
        if (slug.length() <= MAX_SLUG_CHARS) {
            return slug;
        }
        int cut = slug.lastIndexOf('-', MAX_SLUG_CHARS);
        return slug.substring(0, cut > 0 ? cut : MAX_SLUG_CHARS);
    }

    /**
     * Lowercase ASCII slug: accents are folded ("Café" → "cafe"), other non-ASCII letters are dropped, and runs of
     * anything that is not a letter or digit become one hyphen.
     */
    static String anchorText(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return folded.toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
    }

    private static int estimateMinutes(List<ParsedSection> sections) {
        int words = 0;
        for (ParsedSection section : sections) {
            words += Markdown.wordCountOfHtml(section.html());
        }
        return Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
    }

    private static int lineOf(Node block) {
        List<SourceSpan> spans = block.getSourceSpans();
        return spans.isEmpty() ? 1 : spans.get(0).getLineIndex() + 1;
    }

    private static int lastLineOf(Node block) {
        List<SourceSpan> spans = block.getSourceSpans();
        return spans.isEmpty() ? 1 : spans.get(spans.size() - 1).getLineIndex() + 1;
    }

    /** The "key: value" lines of the paragraph right after the title. */
    private static final class Meta {
        /** Where a missing required key is reported: the metadata paragraph, or the title if there is none. */
        int firstLine;
        String slug;
        String dek;
        LocalDate date;
        Integer readingMinutes;
        String source;

        Meta(int titleLine) {
            this.firstLine = titleLine;
        }

        void read(Paragraph paragraph, String[] lines) throws ArticleFormatException {
            firstLine = lineOf(paragraph);
            Map<String, Integer> seen = new HashMap<>();
            for (SourceSpan span : paragraph.getSourceSpans()) {
                int line = span.getLineIndex() + 1;
                // Read the raw line so inline Markdown cannot alter a value (underscores, brackets, backslashes).
                String raw = lines[span.getLineIndex()].strip();
                Matcher m = META_LINE.matcher(raw);
                if (!m.matches()) {
                    throw new ArticleFormatException(line,
                            "Expected a 'key: value' line (slug, dek, date, reading-time, source) after the title");
                }
                String key = m.group(1).toLowerCase(Locale.ROOT);
                String value = m.group(2).strip();
                Integer earlier = seen.putIfAbsent(key, line);
                if (earlier != null) {
                    throw new ArticleFormatException(line, "'" + key + "' is already given on line " + earlier);
                }
                if (value.isEmpty()) {
                    throw new ArticleFormatException(line, "'" + key + "' has no value; remove the line to leave it out");
                }
                set(key, value, line);
            }
        }

        private void set(String key, String value, int line) throws ArticleFormatException {
            switch (key) {
                case "slug" -> {
                    if (!SLUG.matcher(value).matches()) {
                        throw new ArticleFormatException(line,
                                "'slug' may only hold lowercase letters, digits and single hyphens, e.g. my-article");
                    }
                    if (value.length() > MAX_SLUG_CHARS) {
                        throw new ArticleFormatException(line, "'slug' is longer than " + MAX_SLUG_CHARS + " characters");
                    }
                    slug = value;
                }
                case "dek" -> dek = inlineText(value, line, "'dek'", MAX_DEK_CHARS);
                case "date" -> date = date(value, line);
                case "reading-time" -> {
                    int minutes = MINUTES.matcher(value).matches() ? Integer.parseInt(value) : 0;
                    if (minutes <= 0) {
                        throw new ArticleFormatException(line, "'reading-time' must be a positive number of minutes, e.g. 6");
                    }
                    readingMinutes = minutes;
                }
                case "source" -> source = inlineText(value, line, "'source'", MAX_SOURCE_CHARS);
                default -> throw new ArticleFormatException(line,
                        "Unknown key '" + key + "'; allowed keys are slug, dek, date, reading-time, source");
            }
        }

        private static LocalDate date(String value, int line) throws ArticleFormatException {
            try {
                if (ISO_DATE.matcher(value).matches()) {
                    return LocalDate.parse(value);
                }
            } catch (DateTimeParseException e) {
                // falls through to the same message as a malformed date
            }
            throw new ArticleFormatException(line, "'date' must be a real date written yyyy-MM-dd, e.g. 2025-05-15");
        }

        private static String inlineText(String value, int line, String what, int max) throws ArticleFormatException {
            String text = Markdown.plainText(INLINE_PARSER.parse(value));
            if (text.isEmpty()) {
                throw new ArticleFormatException(line, what + " has no text");
            }
            if (text.length() > max) {
                throw new ArticleFormatException(line, what + " is longer than " + max + " characters");
            }
            return text;
        }
    }
}
