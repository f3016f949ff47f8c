package org.roundtable.discussion;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.roundtable.article.ArticleContent;
import org.roundtable.article.ArticleSection;
import org.roundtable.article.Passage;
import org.roundtable.article.QuoteMatcher;
import org.roundtable.classroom.ClassroomPaths;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Quotes as evidence: when a post is written or edited, each of its '>' quotes is matched against the article's
 * paragraphs ({@link QuoteMatcher}); a quote that matches gets a line under it linking to its paragraph on the
 * article page of the class, and a {@link PostQuote} row, which the article page counts. A quote that matches
 * nothing stays as the writer wrote it. Like the rest of the post's HTML this is done once, at write time.
 */
final class PostQuotes {

    /**
     * The quotes of one post looked for in the article; later ones stay plain. Each is compared with every
     * paragraph, so a post of hundreds of tiny quotes would cost the server as many passes over the article.
     */
    static final int MAX_QUOTES = 10;

    private final ArticleContent article;
    private final String articlePage;
    private final List<QuoteMatcher.Found> found = new ArrayList<>();

    private PostQuotes(ArticleContent article, String articlePage) {
        this.article = article;
        this.articlePage = articlePage;
    }

    /** The quotes of a post in the discussion of {@code scope}, matched against its article. */
    static PostQuotes of(DiscussionScope scope) {
        return new PostQuotes(scope.article(), ClassroomPaths.articlePage(scope.classroom(), scope.article().id()));
    }

    /**
     * The post's rendered HTML with a source line under each quote that matches; nested quotes (a quote of a
     * classmate's quote) are matched on their own only at the top level.
     */
    String link(String html) {
        found.clear();
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        int tried = 0;
        for (Element quote : doc.body().children()) {
            if (!quote.nameIs("blockquote") || tried++ >= MAX_QUOTES) {
                continue;
            }
            Optional<QuoteMatcher.Found> match = QuoteMatcher.find(quote.text(), article);
            if (match.isPresent()) {
                found.add(match.get());
                quote.after(sourceLine(match.get()));
            }
        }
        return found.isEmpty() ? html : doc.body().html();
    }

    private Element sourceLine(QuoteMatcher.Found match) {
        // Stored with the post and read in every language: the section's number and heading, no words of ours.
        Element line = new Element("p").addClass("quote-source");
        line.appendElement("a").attr("href", articlePage + "#" + match.paragraph().anchor())
                .text("§ " + match.section().position() + ". " + match.section().heading());
        return line;
    }

    /** Replaces the post's quote rows by the quotes {@link #link} last matched. */
    void store(Post post) {
        PostQuote.deleteFor(post);
        int position = 0;
        for (QuoteMatcher.Found match : found) {
            ArticleSection section = Panache.getEntityManager().getReference(ArticleSection.class,
                    match.section().id());
            PostQuote.store(post, new Passage(section, match.paragraph().number()), ++position);
        }
    }
}
