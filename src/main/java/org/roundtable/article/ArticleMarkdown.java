package org.roundtable.article;

import java.util.List;
import java.util.regex.Pattern;

import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
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
 * url: https://example.org/original-article
 *
 * ## Section heading
 *
 * Section body: paragraphs, lists, block quotes, emphasis, links.
 *
 * ## Who’s who and key terms
 *
 * - **Rustem Umerov**: Ukraine's defense minister
 * - **NATO** — the North Atlantic Treaty Organization, a military alliance
 *
 * ## Thought Questions
 *
 * 1. [stance] A question that asks for a position?
 * 2. Another question?
 * </pre>
 *
 * Only the title, {@code date:}, one section and the thought questions are required. The optional who's-who
 * section ({@link WhosWho}; also headed "Who's who" or "Key terms") sits between the last section and the thought
 * questions; it is a bulleted list of {@code **Term**: explanation} lines (a dash may replace the colon), and it is
 * not an article section: it is shown as a list below the article, and its terms are marked in the text.
 *
 * <p>Markdown structure comes from commonmark's node tree; the only text read by hand is the "key: value" metadata
 * lines ({@link ArticleMeta}) and the {@code [stance]} marker ({@link ThoughtQuestions}). Every error names the
 * source line, because authors fix files by line. The steps: the source's size and nesting, the title, the
 * metadata, the sections ({@link ArticleSections}) and the who's-who list, then the derived slug and reading time.
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
    static final int MAX_URL_CHARS = 2000;
    private static final int WORDS_PER_MINUTE = 200;

    /** The line endings commonmark recognises, so its span line indexes count the same lines. */
    static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

    /** Block source spans give every block its line number for error messages. */
    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

    private ArticleMarkdown() {
    }

    public static ParsedArticle parse(String markdown) throws ArticleFormatException {
        List<Node> blocks = Blocks.topLevel(boundedDocument(markdown));
        if (blocks.isEmpty()) {
            throw ArticleFormatException.of(1, IntakeMsg::formatEmpty);
        }
        Heading titleHeading = titleHeading(blocks.get(0));
        int titleLine = Blocks.lineOf(titleHeading);
        String title = Blocks.boundedText(Markdown.plainText(titleHeading), MAX_TITLE_CHARS, IntakeMsg::whatTitle,
                titleLine);
        ArticleMeta meta = new ArticleMeta(titleLine);
        int next = 1;
        if (blocks.size() > 1 && blocks.get(1) instanceof Paragraph metaParagraph) {
            meta.read(metaParagraph, LINE_BREAK.split(markdown, -1));
            next = 2;
        }
        ArticleSections.Body body = ArticleSections.read(blocks, next);
        return assembled(title, titleLine, meta, body);
    }

    /** The parsed document, once the source is known small and shallow enough to parse and render. */
    private static Node boundedDocument(String markdown) throws ArticleFormatException {
        if (markdown == null || markdown.isBlank()) {
            throw ArticleFormatException.of(1, IntakeMsg::formatEmpty);
        }
        if (markdown.length() > MAX_INPUT_CHARS) {
            throw ArticleFormatException.of(1, words -> words.formatTooLong(MAX_INPUT_CHARS));
        }
        // Bounded before anything renders it: rendering recurses per level of nesting.
        int deepLine = Nesting.firstDeepLine(markdown);
        if (deepLine > 0) {
            throw ArticleFormatException.of(deepLine, Markdown::tooDeep);
        }
        Node document = PARSER.parse(markdown);
        Node deep = Nesting.firstDeepNode(document);
        if (deep != null) {
            throw ArticleFormatException.of(Blocks.lineOf(Blocks.enclosingBlock(deep)), Markdown::tooDeep);
        }
        return document;
    }

    private static Heading titleHeading(Node first) throws ArticleFormatException {
        if (!(first instanceof Heading heading) || heading.getLevel() != 1) {
            throw ArticleFormatException.of(Blocks.lineOf(first), IntakeMsg::formatNoTitle);
        }
        return heading;
    }

    /** The article from its parts, with the slug and reading time derived when the metadata leaves them out. */
    private static ParsedArticle assembled(String title, int titleLine, ArticleMeta meta, ArticleSections.Body body)
            throws ArticleFormatException {
        String slug = meta.slug != null ? meta.slug : Slugs.ofTitle(title);
        if (slug.isEmpty()) {
            throw ArticleFormatException.of(titleLine, words -> words.formatNoSlug("slug:"));
        }
        if (meta.date == null) {
            throw ArticleFormatException.of(meta.firstLine, words -> words.formatNoDate("date"));
        }
        int minutes = meta.readingMinutes != null ? meta.readingMinutes : estimateMinutes(body.sections());
        return new ParsedArticle(slug, title, meta.dek, meta.date, minutes, meta.source, meta.url, body.sections(),
                body.questions(), body.terms());
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
        List<Node> blocks = Blocks.topLevel(PARSER.parse(markdown));
        if (blocks.isEmpty()) {
            return new SlugSource(1, false);
        }
        if (blocks.size() > 1 && blocks.get(1) instanceof Paragraph meta) {
            int line = ArticleMeta.slugLine(meta, LINE_BREAK.split(markdown, -1));
            if (line > 0) {
                return new SlugSource(line, true);
            }
        }
        return new SlugSource(Blocks.lineOf(blocks.get(0)), false);
    }

    private static int estimateMinutes(List<ParsedSection> sections) {
        int words = 0;
        for (ParsedSection section : sections) {
            words += Markdown.wordCountOfHtml(section.html());
        }
        return Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
    }
}
