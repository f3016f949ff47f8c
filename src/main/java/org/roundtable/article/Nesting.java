package org.roundtable.article;

import org.commonmark.node.BlockQuote;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;

/**
 * Finds Markdown nested deeper than {@link Markdown#MAX_NESTING} before anything renders it, without
 * recursion itself: first by the quote and list marks that start each line, then in the parsed tree
 * (which also catches lists nested by indentation alone).
 */
final class Nesting {

    private Nesting() {
    }

    /** The first line (1-based, as commonmark counts lines) that opens too many quotes or lists, or 0. */
    static int firstDeepLine(String source) {
        String[] lines = ArticleMarkdown.LINE_BREAK.split(source, -1);
        for (int i = 0; i < lines.length; i++) {
            if (openedLevels(lines[i]) > Markdown.MAX_NESTING && !isRule(lines[i])) {
                return i + 1;
            }
        }
        return 0;
    }

    /** How many quote and list marks open the line, before its first other character. */
    private static int openedLevels(String line) {
        int level = 0;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\t') {
                i++;
                continue;
            }
            int marker = markerEnd(line, i);
            if (marker < 0) {
                break;
            }
            level++;
            i = marker;
        }
        return level;
    }

    /** Where a block quote or list mark starting at {@code i} ends, or -1 if none starts there. */
    private static int markerEnd(String source, int i) {
        char c = source.charAt(i);
        if (c == '>') {
            return i + 1;
        }
        int end = i;
        if (c == '-' || c == '*' || c == '+') {
            end = i + 1;
        } else {
            while (end < source.length() && end - i < 9 && Character.isDigit(source.charAt(end))) {
                end++;
            }
            if (end == i || end >= source.length() || source.charAt(end) != '.' && source.charAt(end) != ')') {
                return -1;
            }
            end++;
        }
        return end == source.length() || Character.isWhitespace(source.charAt(end)) ? end : -1;
    }

    /** "- - - - …" alone on a line is a horizontal rule, not nested lists. */
    private static boolean isRule(String line) {
        for (int i = 0; i < line.length(); i++) {
            if ("-*_ \t".indexOf(line.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The first node under more than {@link Markdown#MAX_NESTING} quotes and list items, or more than
     * {@link Markdown#MAX_DEPTH} nodes of any kind, or null. Walks the tree by its links, not by recursion.
     */
    static Node firstDeepNode(Node root) {
        int depth = 0;
        int containers = 0;
        Node node = root;
        while (node != null) {
            if (depth > Markdown.MAX_DEPTH || containers > Markdown.MAX_NESTING) {
                return node;
            }
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                depth++;
                containers += isContainer(node) ? 1 : 0;
                continue;
            }
            while (node != root && node.getNext() == null) {
                containers -= isContainer(node) ? 1 : 0;
                node = node.getParent();
                depth--;
            }
            if (node == root) {
                return null;
            }
            containers -= isContainer(node) ? 1 : 0;
            node = node.getNext();
            containers += isContainer(node) ? 1 : 0;
        }
        return null;
    }

    private static boolean isContainer(Node node) {
        return node instanceof BlockQuote || node instanceof ListItem;
    }
}
