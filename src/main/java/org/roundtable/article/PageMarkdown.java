package org.roundtable.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** The article part of a page as a list of blocks: h2/h3 headings, and Markdown for everything between. */
final class PageMarkdown {

    sealed interface Block {
    }

    record Heading(String text) implements Block {
    }

    /** @param list the list element when the block is one, for reading questions from it */
    record Body(String markdown, Element list) implements Block {
    }

    private static final Set<String> CONTAINERS = Set.of("div", "section", "article", "main", "header", "footer",
            "span", "center", "body");

    private static final String BLOCKS = "p, ul, ol, h2, h3, h4, h5, h6, blockquote, div, section, article, pre";

    private PageMarkdown() {
    }

    static List<Block> blocks(Element root) {
        List<Block> blocks = new ArrayList<>();
        collect(root, blocks, 0);
        return blocks;
    }

    private static void collect(Element element, List<Block> out, int depth) {
        for (Element child : element.children()) {
            String tag = child.normalName();
            switch (tag) {
                case "h1" -> {
                }
                case "h2", "h3" -> heading(child, out, depth);
                case "h4", "h5", "h6" -> paragraph("**" + inline(child).strip() + "**", out);
                case "p", "pre", "address" -> paragraph(inline(child), out);
                case "ul", "ol" -> {
                    String list = list(child, 0);
                    if (!list.isBlank()) {
                        out.add(new Body(list, child));
                    }
                }
                case "blockquote" -> blockquote(child, out, depth);
                default -> {
                    if (hasBlocks(child)) {
                        collect(child, out, depth);
                    } else if (CONTAINERS.contains(tag) || tag.equals("dl")) {
                        paragraph(inline(child), out);
                    }
                }
            }
        }
    }

    /** A section heading at the top level; bold text inside a quote. */
    private static void heading(Element child, List<Block> out, int depth) {
        String text = child.text().strip();
        if (!text.isEmpty()) {
            out.add(depth == 0 ? new Heading(text) : new Body("**" + PageText.escape(text) + "**", null));
        }
    }

    private static void blockquote(Element child, List<Block> out, int depth) {
        List<Block> inner = new ArrayList<>();
        collect(child, inner, depth + 1);
        if (inner.isEmpty()) {
            paragraph(inline(child), inner);
        }
        String quote = String.join("\n\n", inner.stream().map(b -> ((Body) b).markdown()).toList());
        if (!quote.isBlank() && depth < Markdown.MAX_NESTING) {
            out.add(new Body("> " + quote.replace("\n", "\n> ").replace("\n> \n", "\n>\n"), null));
        }
    }

    private static boolean hasBlocks(Element element) {
        return element.select(BLOCKS).stream().anyMatch(e -> e != element);
    }

    private static void paragraph(String markdown, List<Block> out) {
        String text = markdown.replaceAll("\\s+", " ").strip();
        if (!text.isEmpty() && !text.equals("****")) {
            out.add(new Body(PageText.escapeStart(text), null));
        }
    }

    private static String list(Element list, int level) {
        boolean numbered = list.normalName().equals("ol");
        StringBuilder out = new StringBuilder();
        int n = 0;
        for (Element item : list.children()) {
            if (!item.normalName().equals("li")) {
                continue;
            }
            n++;
            String marker = numbered ? n + ". " : "- ";
            String indent = " ".repeat(level);
            String text = PageText.escapeStart(inline(item).replaceAll("\\s+", " ").strip());
            if (text.isEmpty()) {
                continue;
            }
            out.append(indent).append(marker).append(text).append('\n');
            if (level / 4 < Markdown.MAX_NESTING - 1) {
                for (Element nested : item.select("> ul, > ol")) {
                    out.append(list(nested, level + marker.length()));
                }
            }
        }
        return out.toString().stripTrailing();
    }

    /** Text with emphasis and web links; everything else (images, nested lists) left out. */
    static String inline(Element element) {
        StringBuilder out = new StringBuilder();
        for (Node node : element.childNodes()) {
            if (node instanceof TextNode text) {
                out.append(PageText.escape(text.text()));
            } else if (node instanceof Element e) {
                switch (e.normalName()) {
                    case "ul", "ol", "img", "br", "script", "style" -> out.append(' ');
                    case "em", "i", "cite" -> out.append(wrap("*", inline(e)));
                    case "strong", "b" -> out.append(wrap("**", inline(e)));
                    case "a" -> out.append(link(e));
                    default -> out.append(inline(e));
                }
            }
        }
        return out.toString();
    }

    private static String link(Element a) {
        String text = inline(a);
        String href = a.attr("abs:href");
        String scheme = href.toLowerCase(Locale.ROOT);
        if (text.isBlank() || !(scheme.startsWith("http://") || scheme.startsWith("https://"))) {
            return text;
        }
        String inner = text.strip().replaceAll("\\s+", " ");
        return lead(text) + "[" + inner + "](" + PageText.linkTarget(href) + ")" + trail(text);
    }

    private static String wrap(String mark, String text) {
        String inner = text.strip();
        return inner.isEmpty() ? text : lead(text) + mark + inner.replaceAll("\\s+", " ") + mark + trail(text);
    }

    private static String lead(String text) {
        return !text.isEmpty() && Character.isWhitespace(text.charAt(0)) ? " " : "";
    }

    private static String trail(String text) {
        return !text.isEmpty() && Character.isWhitespace(text.charAt(text.length() - 1)) ? " " : "";
    }
}
