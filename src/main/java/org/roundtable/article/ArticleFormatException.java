package org.roundtable.article;

/**
 * An article's Markdown does not follow the article format. Always names the (1-based) source line
 * so an author can find the problem without reading the parser.
 */
public class ArticleFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final String reason;

    public ArticleFormatException(int line, String reason) {
        super("Line " + line + ": " + reason);
        this.line = line;
        this.reason = reason;
    }

    /** 1-based line of the Markdown source the problem is on. */
    public int line() {
        return line;
    }

    /** The message without the "Line N: " prefix, for UIs that show the line separately. */
    public String reason() {
        return reason;
    }
}
