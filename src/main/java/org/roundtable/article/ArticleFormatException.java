package org.roundtable.article;

import java.util.Locale;
import java.util.function.Function;

import org.roundtable.language.Messages;

/**
 * An article's Markdown does not follow the article format. Always names the (1-based) source line
 * so an author can find the problem without reading the parser. Its message and {@link #reason} are English, as
 * the parser's callers match them; {@link #shown} and the localized message are in the reader's language.
 */
public class ArticleFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final String reason;
    private final String shown;

    public ArticleFormatException(int line, String reason) {
        this(line, reason, reason);
    }

    private ArticleFormatException(int line, String reason, String shown) {
        super("Line " + line + ": " + reason);
        this.line = line;
        this.reason = reason;
        this.shown = shown;
    }

    /** The problem {@code says} in the bundle: its English as the reason, the reader's language to show. */
    static ArticleFormatException of(int line, Function<IntakeMsg, String> says) {
        return new ArticleFormatException(line, says.apply(Messages.in(IntakeMsg.class, Locale.ENGLISH)),
                says.apply(Messages.now(IntakeMsg.class)));
    }

    /** 1-based line of the Markdown source the problem is on. */
    public int line() {
        return line;
    }

    /** The message without the "Line N: " prefix, for UIs that show the line separately. */
    public String reason() {
        return reason;
    }

    /** The reason in the reader's language, to show in a form. */
    public String shown() {
        return shown;
    }

    /** "Line N: " and the reason, in the reader's language. */
    @Override
    public String getLocalizedMessage() {
        return Messages.now(IntakeMsg.class).formatLine(line, shown);
    }
}
