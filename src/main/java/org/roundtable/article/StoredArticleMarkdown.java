package org.roundtable.article;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * An article stored before its Markdown was kept, written back in the article format from its stored content. The
 * sections' HTML is the little the parser produces (paragraphs, lists, quotes, emphasis, links, code), so a simple
 * walk turns it back into Markdown; what it does not know keeps its text.
 */
final class StoredArticleMarkdown {

    private StoredArticleMarkdown() {
    }

    static String of(ArticleContent article) {
        ArticleDraft draft = new ArticleDraft(article.title(), article.dek(), article.publishedOn(),
                article.readingMinutes(), article.source(), article.url(),
                article.sections().stream().map(s -> new ArticleDraft.Section(s.heading(), markdownOf(s.html())))
                        .toList(),
                article.questions().stream().map(q -> new ArticleDraft.Question(q.text(), q.stanceEnabled()))
                        .toList(),
                article.terms().stream().map(t -> new ArticleDraft.Term(t.term(), t.explanation(), null)).toList(),
                java.util.List.of());
        return DraftMarkdown.written(draft, article.slug()).markdown();
    }

    static String markdownOf(String html) {
        StringBuilder out = new StringBuilder();
        for (Node node : Jsoup.parseBodyFragment(html).body().childNodes()) {
            block(node, "", out);
        }
        return out.toString().strip();
    }

    private static void block(Node node, String prefix, StringBuilder out) {
        if (!(node instanceof Element e)) {
            String text = node instanceof TextNode t ? t.text().strip() : "";
            if (!text.isEmpty()) {
                out.append(prefix).append(DraftMarkdown.inline(text)).append("\n\n");
            }
            return;
        }
        switch (e.tagName()) {
            case "ul", "ol" -> {
                int number = 1;
                for (Element item : e.children()) {
                    String marker = e.tagName().equals("ul") ? "- " : (number++) + ". ";
                    out.append(prefix).append(marker).append(inline(item).strip()).append("\n");
                }
                out.append("\n");
            }
            case "blockquote" -> e.childNodes().forEach(child -> block(child, prefix + "> ", out));
            case "pre" -> out.append(prefix).append("```\n").append(e.wholeText().strip()).append("\n```\n\n");
            default -> out.append(prefix).append(inline(e).strip()).append("\n\n");
        }
    }

    /** An element's inline content as Markdown. */
    private static String inline(Element element) {
        StringBuilder out = new StringBuilder();
        for (Node node : element.childNodes()) {
            if (node instanceof TextNode t) {
                out.append(DraftMarkdown.inline(t.text()) == null ? t.text() : escapedKeepingSpaces(t.text()));
            } else if (node instanceof Element e) {
                String inner = inline(e);
                switch (e.tagName()) {
                    case "em" -> out.append('*').append(inner).append('*');
                    case "strong" -> out.append("**").append(inner).append("**");
                    case "code" -> out.append('`').append(e.text()).append('`');
                    case "a" -> out.append('[').append(inner).append("](").append(e.attr("href")).append(')');
                    case "br" -> out.append("\\\n");
                    default -> out.append(inner);
                }
            }
        }
        return out.toString();
    }

    /** Escaped like a one-line value, but keeping the spaces at either end that separate it from markup. */
    private static String escapedKeepingSpaces(String text) {
        String lead = text.startsWith(" ") ? " " : "";
        String trail = text.endsWith(" ") && text.length() > 1 ? " " : "";
        return lead + DraftMarkdown.inline(text) + trail;
    }
}
