package org.roundtable.article;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.parser.Parser;
import org.roundtable.language.Messages;

/**
 * Reads text in the article format into a draft, leniently: each section keeps its Markdown source as written (the
 * lines between its heading and the next), and what does not fit the format becomes a note for the review page.
 */
final class DraftReader {

    private static final Pattern META_LINE = Pattern.compile("([A-Za-z][A-Za-z-]*)\\s*:\\s*(.*)");
    private static final Pattern STANCE = Pattern.compile("^\\[stance\\]\\s*", Pattern.CASE_INSENSITIVE);
    private static final Parser INLINE = Parser.builder().enabledBlockTypes(Set.of()).build();

    private final String[] lines;
    private final List<String> notes = new ArrayList<>();
    private final List<ArticleDraft.Section> sections = new ArrayList<>();
    private final List<ArticleDraft.Question> questions = new ArrayList<>();
    private final List<ArticleDraft.Term> terms = new ArrayList<>();
    private String title;
    private String dek;
    private LocalDate date;
    private Integer minutes;
    private String source;
    private String url;

    private DraftReader(String markdown) {
        this.lines = ArticleMarkdown.LINE_BREAK.split(markdown, -1);
    }

    static ArticleDraft read(String markdown, Parser parser) {
        DraftReader reader = new DraftReader(markdown);
        List<Node> blocks = new ArrayList<>();
        for (Node n = parser.parse(markdown).getFirstChild(); n != null; n = n.getNext()) {
            blocks.add(n);
        }
        reader.readAll(blocks);
        return reader.draft();
    }

    private void readAll(List<Node> blocks) {
        int i = readTitleAndMeta(blocks);
        int headingIndex = nextHeading(blocks, i);
        readTextBeforeFirstHeading(blocks, i, headingIndex);
        boolean questionsFound = readHeadedParts(blocks, headingIndex);
        if (sections.isEmpty()) {
            notes.add(Messages.now(IntakeMsg.class).draftNoSections());
        }
        if (!questionsFound) {
            notes.add(Messages.now(IntakeMsg.class).draftNoQuestions());
        }
    }

    /** Reads the '# Title' and the metadata paragraph under it; returns the index of the first block after them. */
    private int readTitleAndMeta(List<Node> blocks) {
        int i = 0;
        if (!blocks.isEmpty() && blocks.get(0) instanceof Heading h && h.getLevel() == 1) {
            title = Markdown.plainText(h);
            i = 1;
            if (i < blocks.size() && blocks.get(i) instanceof Paragraph meta) {
                readMeta(meta);
                i++;
            }
        } else {
            notes.add(Messages.now(IntakeMsg.class).draftNoTitle());
        }
        return i;
    }

    /** Text between the metadata and the first heading becomes a section without a heading. */
    private void readTextBeforeFirstHeading(List<Node> blocks, int i, int headingIndex) {
        int bodyStart = i < blocks.size() ? Blocks.lineOf(blocks.get(i)) : lines.length + 1;
        if (headingIndex < 0 || Blocks.lineOf(blocks.get(headingIndex)) > bodyStart) {
            int end = headingIndex < 0 ? lines.length : Blocks.lineOf(blocks.get(headingIndex)) - 1;
            String text = sourceBetween(bodyStart, end);
            if (!text.isEmpty()) {
                sections.add(new ArticleDraft.Section("", text));
                notes.add(Messages.now(IntakeMsg.class).draftUnheaded());
            }
        }
    }

    /** Reads the parts under the headings: sections, the who's who, the questions; whether questions were found. */
    private boolean readHeadedParts(List<Node> blocks, int headingIndex) {
        boolean questionsFound = false;
        for (int h = headingIndex; h >= 0; h = nextHeading(blocks, h + 1)) {
            Heading heading = (Heading) blocks.get(h);
            int next = nextHeading(blocks, h + 1);
            String text = Markdown.plainText(heading);
            if (ThoughtQuestions.isHeading(heading)) {
                questionsFound = readQuestions(blocks.subList(h + 1, next < 0 ? blocks.size() : next));
            } else if (DraftMarkdown.isWhosWho(text)) {
                readTerms(blocks.subList(h + 1, next < 0 ? blocks.size() : next));
            } else {
                int end = next < 0 ? lines.length : Blocks.lineOf(blocks.get(next)) - 1;
                sections.add(new ArticleDraft.Section(text, sourceBetween(Blocks.lastLineOf(heading) + 1, end)));
            }
        }
        return questionsFound;
    }

    private static int nextHeading(List<Node> blocks, int from) {
        for (int i = from; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Heading) {
                return i;
            }
        }
        return -1;
    }

    /** The source lines {@code first} to {@code last} (1-based, inclusive), without blank lines around them. */
    private String sourceBetween(int first, int last) {
        List<String> kept = new ArrayList<>();
        for (int n = Math.max(1, first); n <= Math.min(lines.length, last); n++) {
            kept.add(lines[n - 1]);
        }
        return String.join("\n", kept).strip();
    }

    private void readMeta(Paragraph meta) {
        meta.getSourceSpans().forEach(span -> {
            Matcher m = META_LINE.matcher(lines[span.getLineIndex()].strip());
            if (!m.matches()) {
                notes.add(Messages.now(IntakeMsg.class).draftNotMeta(span.getLineIndex() + 1));
                return;
            }
            String value = m.group(2).strip();
            switch (m.group(1).toLowerCase(Locale.ROOT)) {
                case "dek" -> dek = plain(value);
                case "source" -> source = plain(value);
                case "url" -> url = value;
                case "slug" -> {
                    // the review form reads it separately (DraftMarkdown.slug)
                }
                case "date" -> date = date(value);
                case "reading-time" -> minutes = value.matches("\\d{1,4}") ? Integer.valueOf(value) : null;
                default -> notes.add(Messages.now(IntakeMsg.class).draftUnknownMeta(m.group(1)));
            }
        });
    }

    private LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            notes.add(Messages.now(IntakeMsg.class).draftBadDate(value));
            return null;
        }
    }

    private boolean readQuestions(List<Node> blocks) {
        for (Node block : blocks) {
            if (block instanceof OrderedList || block instanceof BulletList) {
                for (Node item = block.getFirstChild(); item != null; item = item.getNext()) {
                    question((ListItem) item);
                }
            }
        }
        return !questions.isEmpty();
    }

    private void question(ListItem item) {
        String text = Markdown.plainText(item).strip();
        Matcher marker = STANCE.matcher(text);
        boolean stance = marker.find();
        questions.add(new ArticleDraft.Question(stance ? text.substring(marker.end()) : text, stance));
    }

    /** Items written {@code - **Term**: explanation}; the colon may sit inside the bold too. */
    private void readTerms(List<Node> blocks) {
        for (Node block : blocks) {
            for (Node item = block instanceof BulletList ? block.getFirstChild() : null; item != null; item = item
                    .getNext()) {
                if (item.getFirstChild() instanceof Paragraph p && p.getFirstChild() instanceof StrongEmphasis strong) {
                    String bold = Markdown.plainText(strong).strip();
                    String rest = Markdown.plainText(p).strip().substring(Markdown.plainText(strong).strip().length());
                    terms.add(new ArticleDraft.Term(trimColon(bold), trimColon(rest), null));
                }
            }
        }
    }

    private static String trimColon(String text) {
        return text.replaceAll("^[\\s:]+|[\\s:]+$", "");
    }

    private static String plain(String inlineMarkdown) {
        return Markdown.plainText(INLINE.parse(inlineMarkdown)).strip();
    }

    private ArticleDraft draft() {
        return new ArticleDraft(title == null ? "" : title, dek, date, minutes, source, url, sections, questions,
                terms, notes);
    }

    /** The {@code slug:} line's value, or null when the text has none. */
    static String slug(String markdown) {
        ArticleMarkdown.SlugSource at = ArticleMarkdown.slugSource(markdown);
        if (!at.written()) {
            return null;
        }
        Matcher m = META_LINE.matcher(ArticleMarkdown.LINE_BREAK.split(markdown, -1)[at.line() - 1].strip());
        return m.matches() ? m.group(2).strip() : null;
    }
}
