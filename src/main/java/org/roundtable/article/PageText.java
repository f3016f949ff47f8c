package org.roundtable.article;

import java.util.regex.Pattern;

/** Literal text made safe for Markdown: nothing a reader typed as text is read back as Markdown syntax. */
final class PageText {

    private static final Pattern ENTITY = Pattern.compile("&(?=#?\\w+;)");
    private static final Pattern LIST_NUMBER = Pattern.compile("^(\\d{1,9})([.)])");
    private static final Pattern LINE_START = Pattern.compile("^([-+=~])");

    private PageText() {
    }

    /** Text inside a paragraph: backslash-escapes Markdown's inline punctuation. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\`*_[]<>#|".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return ENTITY.matcher(out).replaceAll("\\\\&");
    }

    /** A whole block's text: also what would start a list, a heading or a fence at the start of a line. */
    static String escapeStart(String block) {
        String b = LIST_NUMBER.matcher(block).replaceFirst("$1\\\\$2");
        return LINE_START.matcher(b).replaceFirst("\\\\$1");
    }

    /** A link target with nothing in it that would end the Markdown link early. */
    static String linkTarget(String url) {
        return url.replace(" ", "%20").replace("(", "%28").replace(")", "%29").replace("<", "%3C")
                .replace(">", "%3E");
    }
}
