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
            throw new ArticleFormatException(Blocks.lineOf(block), "Expected a '## ' section heading here");
        }
        body.add(block);
    }

    private static void checkLevel(Heading heading) throws ArticleFormatException {
        if (heading.getLevel() == 1) {
            throw new ArticleFormatException(Blocks.lineOf(heading),
                    "Only one '# ' title is allowed; use '## ' for section headings");
        }
        if (heading.getLevel() != 2) {
            throw new ArticleFormatException(Blocks.lineOf(heading),
                    "Only '## ' headings are allowed inside an article");
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
            throw new ArticleFormatException(Blocks.lineOf(heading),
                    "At least one '## ' section must come before " + what);
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
            throw new ArticleFormatException(Blocks.lastLineOf(blocks.get(next - 1)),
                    "The article must end with a '## Thought Questions' section holding a numbered list");
        }
        Heading questions = (Heading) blocks.get(next);
        checkLevel(questions);
        if (!ThoughtQuestions.isHeading(questions)) {
            throw new ArticleFormatException(Blocks.lineOf(questions),
                    "'## Who’s who and key terms' must be the last section, right before '## Thought Questions'");
        }
        return new Body(before, ThoughtQuestions.read(questions, blocks.subList(next + 1, blocks.size())), terms);
    }

    private ArticleFormatException missingQuestions(Node lastBlock) throws ArticleFormatException {
        if (open != null) {
            // Report an empty last section before the missing questions: it is the earlier problem.
            section();
        }
        return new ArticleFormatException(Blocks.lastLineOf(lastBlock),
                "The article must end with a '## Thought Questions' section holding a numbered list");
    }

    private ParsedSection section() throws ArticleFormatException {
        int line = Blocks.lineOf(open);
        String text = Blocks.boundedText(Markdown.plainText(open), ArticleMarkdown.MAX_HEADING_CHARS,
                "A section heading", line);
        String html = Markdown.renderBlocks(body);
        if (html.isBlank()) {
            throw new ArticleFormatException(line, "Section '" + text + "' has no content");
        }
        return new ParsedSection(text, Slugs.uniqueAnchor(text, anchors, sections.size() + 1), html);
    }
}
