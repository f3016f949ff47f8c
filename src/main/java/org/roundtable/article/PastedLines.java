package org.roundtable.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The lines of a pasted text, cleaned: one kind of line ending, no invisible characters, outer spaces stripped,
 * and the web-page debris that copying picks up ("Share", "Advertisement", image credits) made blank. Blank lines
 * stay, because they separate paragraphs.
 */
final class PastedLines {

    /** Enough for any news article, and short enough that the article written from it stays within the limit. */
    static final int MAX_CHARS = 150_000;

    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n|\u2028|\u2029");
    private static final Pattern INVISIBLE = Pattern.compile("[\u200B-\u200D\uFEFF\u00AD]");
    private static final Pattern ODD_SPACE = Pattern.compile("[\u00A0\u2000-\u200A\u202F\u205F\u3000\t]");

    /** Debris when the whole line is one of these, ignoring case and a final colon, dot or arrow. */
    private static final Set<String> DEBRIS = Set.of("share", "share this", "share this article", "share article",
            "advertisement", "ad", "sponsored", "read more", "continue reading", "subscribe", "subscribe now",
            "sign up", "sign in", "log in", "follow us", "print", "copy link", "listen", "listen to this article",
            "skip to content", "skip advertisement", "back to top", "comments", "show comments", "save",
            "save article", "scroll to continue", "story continues below advertisement");
    private static final Pattern DEBRIS_END = Pattern.compile("[\\s:.\u2026>\u203A\u00BB]+$");
    private static final Pattern CREDIT = Pattern.compile(
            "(?i)^[(\\[]?(photo|photograph|image|picture|illustration|credit|photo credit|image credit)"
                    + "(\\s+(by|credit|courtesy of))?\\s*[:\u00A9].*");
    private static final Pattern LISTEN = Pattern.compile("(?i)^listen to (this )?(article|story)\\b.*");
    private static final Pattern COOKIE = Pattern.compile("(?i).*\\b(we use cookies|this (web)?site uses cookies"
            + "|accept (all )?cookies|cookie (policy|settings|preferences))\\b.*");
    private static final int MAX_DEBRIS_CHARS = 300;

    private PastedLines() {
    }

    /** The text's first {@link #MAX_CHARS} characters, cut at a line break when there is one. */
    static String bounded(String text) {
        if (text.length() <= MAX_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf('\n', MAX_CHARS);
        return text.substring(0, cut > MAX_CHARS / 2 ? cut : MAX_CHARS);
    }

    static List<String> cleaned(String text) {
        List<String> lines = new ArrayList<>();
        for (String raw : LINE_BREAK.split(text, -1)) {
            String line = ODD_SPACE.matcher(INVISIBLE.matcher(raw).replaceAll("")).replaceAll(" ").strip();
            lines.add(isDebris(line) ? "" : line);
        }
        return lines;
    }

    static boolean isDebris(String line) {
        if (line.isEmpty() || line.length() > MAX_DEBRIS_CHARS) {
            return false;
        }
        String bare = DEBRIS_END.matcher(line.toLowerCase(Locale.ROOT)).replaceAll("");
        return DEBRIS.contains(bare) || CREDIT.matcher(line).matches() || LISTEN.matcher(line).matches()
                || COOKIE.matcher(line).matches();
    }
}
