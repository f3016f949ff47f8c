package org.roundtable.overview;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.roundtable.Plurals;
import org.roundtable.article.ArticleContent;
import org.roundtable.discussion.PostCounts;
import org.roundtable.language.Messages;

/**
 * The passages of an article the class quoted, for the teacher's view of it: each quoted paragraph highlighted
 * with its count in the text, and the same counts as a list, most quoted first, for a screen reader or a glance.
 *
 * @param html   section id → its HTML with the quoted paragraphs marked; sections nobody quoted are left out
 * @param passages the quoted paragraphs, most quoted first, then in the article's order
 */
public record QuotedPassages(Map<Long, String> html, List<Passage> passages) {

    /** The list's length: the passages a teacher takes in at a glance. */
    static final int LISTED = 10;

    /** How many words of a paragraph the list shows. */
    private static final int EXCERPT_WORDS = 12;

    static final QuotedPassages NONE = new QuotedPassages(Map.of(), List.of());

    /** A quoted paragraph: where it is, how it begins, and how many posts quote it ("Quoted in 3 posts"). */
    public record Passage(String anchor, int section, String heading, int paragraph, String excerpt, long posts,
            String count) {
    }

    static QuotedPassages of(ArticleContent article, List<PostCounts.Quoted> quoted) {
        Map<Long, Map<String, String>> counts = new HashMap<>();
        List<Passage> passages = new ArrayList<>();
        for (PostCounts.Quoted q : quoted) {
            ArticleContent.Section section = article.section(q.sectionId());
            ArticleContent.Paragraph paragraph = section == null ? null : section.paragraph(q.paragraph());
            if (paragraph == null) {
                continue; // the article was edited since: that paragraph is gone
            }
            String count = Plurals.format(Messages.locale(), Messages.now(OverviewMsg.class).quotedIn(), q.posts());
            counts.computeIfAbsent(section.id(), k -> new HashMap<>()).put(paragraph.anchor(), count);
            passages.add(new Passage(paragraph.anchor(), section.position(), section.heading(), paragraph.number(),
                    excerpt(paragraph.text()), q.posts(), count));
        }
        passages.sort(Comparator.comparingLong(Passage::posts).reversed().thenComparingInt(Passage::section)
                .thenComparingInt(Passage::paragraph));
        Map<Long, String> html = new HashMap<>();
        counts.forEach((id, byAnchor) -> html.put(id, article.section(id).highlighted(byAnchor)));
        return new QuotedPassages(html, List.copyOf(passages.subList(0, Math.min(LISTED, passages.size()))));
    }

    private static String excerpt(String text) {
        String[] words = text.strip().split("\\s+");
        return words.length <= EXCERPT_WORDS ? text.strip()
                : String.join(" ", List.of(words).subList(0, EXCERPT_WORDS)) + " …";
    }
}
