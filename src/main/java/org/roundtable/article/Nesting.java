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
        int line = 1;
        int lineStart = 0;
        int level = 0;
        boolean inPrefix = true;
        int n = source.length();
        for (int i = 0; i < n; i++) {
            char c = source.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < n && source.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                lineStart = i + 1;
                level = 0;
                inPrefix = true;
                continue;
            }
            if (!inPrefix || c == ' ' || c == '\t') {
                continue;
            }
            int marker = markerEnd(source, i);
            if (marker < 0) {
                inPrefix = false;
                continue;
            }
            i = marker - 1;
            if (++level > Markdown.MAX_NESTING && !isRule(source, lineStart)) {
                return line;
            }
        }
        return 0;
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
    private static boolean isRule(String source, int lineStart) {
        for (int i = lineStart; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\n' || c == '\r') {
                break;
            }
            if ("-*_ \t".indexOf(c) < 0) {
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
