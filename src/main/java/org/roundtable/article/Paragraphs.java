package org.roundtable.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.roundtable.language.Messages;

/**
 * The paragraphs of a section, the passages a post can quote: each top-level block of the section's HTML (a
 * paragraph, a quote), or each item of a top-level list, gets an element id built from the section's row id, which an edit of the article
 * keeps, and its number in the section; so a quote's link still lands where it did while the section's text does.
 */
final class Paragraphs {

    /** A section's HTML with its blocks' ids, and the blocks as passages to quote. */
    record Anchored(String html, List<ArticleContent.Paragraph> paragraphs) {
    }

    private Paragraphs() {
    }

    /** The element id of paragraph {@code number} (from 1) of the section stored as {@code sectionId}. */
    static String anchor(long sectionId, int number) {
        return "para-" + sectionId + "-" + number;
    }

    static Anchored anchored(long sectionId, String html) {
        Document doc = fragment(html);
        List<ArticleContent.Paragraph> paragraphs = new ArrayList<>();
        for (Element block : blocks(doc)) {
            int number = paragraphs.size() + 1;
            String anchor = anchor(sectionId, number);
            block.attr("id", anchor);
            paragraphs.add(new ArticleContent.Paragraph(number, anchor, block.text()));
        }
        return new Anchored(doc.body().html(), List.copyOf(paragraphs));
    }

    /** The passages, in order: top-level blocks, a list's items one by one. */
    private static List<Element> blocks(Document doc) {
        List<Element> blocks = new ArrayList<>();
        for (Element block : doc.body().children()) {
            if (block.nameIs("ul") || block.nameIs("ol")) {
                blocks.addAll(block.children());
            } else {
                blocks.add(block);
            }
        }
        return blocks;
    }

    /**
     * The section's HTML with each quoted paragraph marked ({@code class="quoted"}) and headed by a line saying how
     * often (before it, or first in a list item), for the teacher's view of the article.
     *
     * @param counts paragraph anchor → number of posts quoting it
     */
    static String highlighted(String html, Map<String, String> counts) {
        Document doc = fragment(html);
        for (Element block : blocks(doc)) {
            String count = counts.get(block.id());
            if (count == null) {
                continue;
            }
            block.addClass("quoted");
            // The count is the interface's words, inside the article's own language.
            String language = Messages.locale().toLanguageTag();
            if (block.nameIs("li")) {
                block.prependChild(new Element("span").addClass("quote-count").attr("lang", language).text(count));
            } else {
                block.before(new Element("p").addClass("quote-count").attr("lang", language).text(count));
            }
        }
        return doc.body().html();
    }

    private static Document fragment(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        return doc;
    }
}
