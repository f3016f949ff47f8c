package org.roundtable.article;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.commonmark.node.Heading;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/** Where the blocks of a parsed article sit in its source, so every parser error can name a line. */
final class Blocks {

    private Blocks() {
    }

    /** Link reference definitions render to nothing and only serve links, so they may sit anywhere. */
    static List<Node> topLevel(Node document) {
        List<Node> blocks = new ArrayList<>();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (!(node instanceof LinkReferenceDefinition)) {
                blocks.add(node);
            }
        }
        return blocks;
    }

    /** Inline nodes carry no line: the block holding them does. */
    static Node enclosingBlock(Node node) {
        Node block = node;
        while (block.getSourceSpans().isEmpty() && block.getParent() != null) {
            block = block.getParent();
        }
        return block;
    }

    static int lineOf(Node block) {
        List<SourceSpan> spans = block.getSourceSpans();
        return spans.isEmpty() ? 1 : spans.get(0).getLineIndex() + 1;
    }

    static int lastLineOf(Node block) {
        List<SourceSpan> spans = block.getSourceSpans();
        return spans.isEmpty() ? 1 : spans.get(spans.size() - 1).getLineIndex() + 1;
    }

    /** The text of a title, heading or question: not empty, and no longer than its column. */
    static String boundedText(String text, int max, Function<IntakeMsg, String> what, int line)
            throws ArticleFormatException {
        if (text.isEmpty()) {
            throw ArticleFormatException.of(line, words -> words.formatEmptyText(what.apply(words)));
        }
        if (text.length() > max) {
            throw ArticleFormatException.of(line, words -> words.formatLongText(what.apply(words), max));
        }
        return text;
    }

    /**
     * What a section that is one list says when it is not: no list under its heading, a list of the other kind
     * (bullets for numbers or numbers for bullets), something else, or something after the list.
     */
    record OneList(Function<IntakeMsg, String> missing, Function<IntakeMsg, String> otherKind,
            Function<IntakeMsg, String> notAList, Function<IntakeMsg, String> afterwards) {
    }

    /** The one list of {@code kind} that is all a section holds after its heading. */
    static <T extends ListBlock> T theOnlyList(Heading heading, List<Node> rest, Class<T> kind, OneList says)
            throws ArticleFormatException {
        if (rest.isEmpty()) {
            throw ArticleFormatException.of(lineOf(heading), says.missing());
        }
        Node block = rest.get(0);
        if (!kind.isInstance(block)) {
            throw ArticleFormatException.of(lineOf(block),
                    block instanceof ListBlock ? says.otherKind() : says.notAList());
        }
        if (rest.size() > 1) {
            throw ArticleFormatException.of(lineOf(rest.get(1)), says.afterwards());
        }
        return kind.cast(block);
    }
}
