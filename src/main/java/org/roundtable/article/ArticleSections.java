package org.roundtable.article;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/**
 * The body of an article, after its title and metadata: "## " sections, each with content, then the optional
 * who's-who list ({@link WhosWho}), and the thought questions last. Reads the blocks in order, one open section at a
 * time.
 */
final class ArticleSections {

    /** What follows the metadata: the sections in order and the questions that end the article. */
    record Body(List<ParsedSection> sections, List<ParsedQuestion> questions, List<ParsedTerm> terms) {
    }

    private final List<ParsedSection> sections = new ArrayList<>();
    private final Set<String> anchors = new HashSet<>();
    private Heading open;
    private List<Node> body = new ArrayList<>();

    private ArticleSections() {
    }

    /** Reads {@code blocks} from index {@code from} to the end. */
    static Body read(List<Node> blocks, int from) throws ArticleFormatException {
        ArticleSections reader = new ArticleSections();
        for (int i = from; i < blocks.size(); i++) {
            if (!(blocks.get(i) instanceof Heading heading)) {
                reader.addToBody(blocks.get(i));
                continue;
            }
            checkLevel(heading);
            reader.close();
            if (ThoughtQuestions.isHeading(heading)) {
                List<ParsedSection> sections = reader.sectionsBefore(heading, "'## Thought Questions'");
                return new Body(sections, ThoughtQuestions.read(heading, blocks.subList(i + 1, blocks.size())),
                        List.of());
            }
            if (WhosWho.isHeading(heading)) {
                return reader.whosWhoThenQuestions(heading, blocks, i);
            }
            reader.open = heading;
        }
        throw reader.missingQuestions(blocks.get(blocks.size() - 1));
    }

    private void addToBody(Node block) throws ArticleFormatException {
        if (open == null) {
            throw ArticleFormatException.of(Blocks.lineOf(block), words -> words.sectionsExpectedHeading("'## '"));
        }
        body.add(block);
    }

    private static void checkLevel(Heading heading) throws ArticleFormatException {
        if (heading.getLevel() == 1) {
            throw ArticleFormatException.of(Blocks.lineOf(heading), words -> words.sectionsOneTitle("'# '", "'## '"));
        }
        if (heading.getLevel() != 2) {
            throw ArticleFormatException.of(Blocks.lineOf(heading), words -> words.sectionsOnlyLevelTwo("'## '"));
        }
    }

    /** Ends the open section, if any, at the next heading. */
    private void close() throws ArticleFormatException {
        if (open != null) {
            sections.add(section());
            body = new ArrayList<>();
        }
    }

    private List<ParsedSection> sectionsBefore(Heading heading, String what) throws ArticleFormatException {
        if (sections.isEmpty()) {
            throw ArticleFormatException.of(Blocks.lineOf(heading), words -> words.sectionsBefore("'## '", what));
        }
        return sections;
    }

    /** The who's-who list at {@code blocks[at]}, which must be followed by the thought questions and nothing else. */
    private Body whosWhoThenQuestions(Heading heading, List<Node> blocks, int at) throws ArticleFormatException {
        List<ParsedSection> before = sectionsBefore(heading, "'## Who’s who and key terms'");
        int next = at + 1;
        while (next < blocks.size() && !(blocks.get(next) instanceof Heading)) {
            next++;
        }
        List<ParsedTerm> terms = WhosWho.read(heading, blocks.subList(at + 1, next));
        if (next == blocks.size()) {
            throw ArticleFormatException.of(Blocks.lastLineOf(blocks.get(next - 1)),
                    words -> words.sectionsEndWithQuestions("'## Thought Questions'"));
        }
        Heading questions = (Heading) blocks.get(next);
        checkLevel(questions);
        if (!ThoughtQuestions.isHeading(questions)) {
            throw ArticleFormatException.of(Blocks.lineOf(questions),
                    words -> words.sectionsTermsLast("'## Who’s who and key terms'", "'## Thought Questions'"));
        }
        return new Body(before, ThoughtQuestions.read(questions, blocks.subList(next + 1, blocks.size())), terms);
    }

    private ArticleFormatException missingQuestions(Node lastBlock) throws ArticleFormatException {
        if (open != null) {
            // Report an empty last section before the missing questions: it is the earlier problem.
            section();
        }
        return ArticleFormatException.of(Blocks.lastLineOf(lastBlock),
                words -> words.sectionsEndWithQuestions("'## Thought Questions'"));
    }

    private ParsedSection section() throws ArticleFormatException {
        int line = Blocks.lineOf(open);
        String text = Blocks.boundedText(Markdown.plainText(open), ArticleMarkdown.MAX_HEADING_CHARS,
                IntakeMsg::whatHeading, line);
        String html = Markdown.renderBlocks(body);
        if (html.isBlank()) {
            throw ArticleFormatException.of(line, words -> words.sectionsNoContent(text));
        }
        return new ParsedSection(text, Slugs.uniqueAnchor(text, anchors, sections.size() + 1), html);
    }
}
