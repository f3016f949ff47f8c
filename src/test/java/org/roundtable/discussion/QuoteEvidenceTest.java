package org.roundtable.discussion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.support.ClassWithStudents;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A '>' quote from the article in a post links to its paragraph on the article page, and the teacher's view of
 * the article counts the passages quoted by the posts students can read.
 */
@QuarkusTest
class QuoteEvidenceTest extends ClassWithStudents {

    /** From "Why the No-Shows?", retyped with straight quotes and its own line breaks. */
    private static final String DECORATIVE = "> He criticized Russia's delegation as \"decorative\"\n"
            + "> and lacking authority\n\nSo he was right to stay away.";

    /** From the same section's next item. */
    private static final String TACTIC = "> Analysts speculate that his proposal was a tactic to appear open to peace"
            + "\n\nThat is my view too.";

    private String article;

    QuoteEvidenceTest() {
        super("mrquote", "Quotes", "Ana", "Ben");
    }

    @BeforeEach
    void articlePage() {
        article = "/classes/" + c.id() + "/articles/" + fixtures.bundledArticleId();
    }

    private Element post(Document page, long id) {
        return page.selectFirst("#post-" + id);
    }

    @Test
    void aQuoteFromTheArticleLinksToItsParagraph() {
        long id = answer(ana, DECORATIVE);
        Element source = post(ana.browser().page(q1), id).selectFirst(".post-body .quote-source a");
        assertNotNull(source, "the quote says where it comes from");
        assertEquals("§ 3. Why the No-Shows?", source.text(), "the section, in no language of the interface");
        String href = source.attr("href");
        assertTrue(href.startsWith(article + "#para-"), href);
        Element paragraph = ana.browser().page(article).getElementById(href.substring(href.indexOf('#') + 1));
        assertNotNull(paragraph, "the article page has the paragraph's anchor");
        assertTrue(paragraph.text().contains("He criticized Russia’s delegation as “decorative”"), paragraph.text());
    }

    @Test
    void onlyTheFirstQuotesOfAPostAreLookedFor() {
        String quotes = (DECORATIVE.substring(0, DECORATIVE.indexOf("\n\n")) + "\n\nand\n\n")
                .repeat(PostQuotes.MAX_QUOTES + 2);
        long id = answer(ana, quotes + "That is why.");
        Element body = post(ana.browser().page(q1), id).selectFirst(".post-body");
        assertEquals(PostQuotes.MAX_QUOTES + 2, body.select("blockquote").size());
        assertEquals(PostQuotes.MAX_QUOTES, body.select(".quote-source").size(), "the rest stay plain");
    }

    @Test
    void aQuoteNotFromTheArticleStaysPlain() {
        long id = answer(ana, "> Peace is the only way forward for everyone involved\n\nMy grandmother says so.");
        Element body = post(ana.browser().page(q1), id).selectFirst(".post-body");
        assertEquals(1, body.select("blockquote").size());
        assertTrue(body.select(".quote-source").isEmpty());
        assertEquals(0, fixtures.count(PostQuote.class));
    }

    @Test
    void anEditMatchesTheQuotesAgain() {
        long id = answer(ana, "My first thought.");
        assertEquals(0, fixtures.count(PostQuote.class));
        String edit = q1 + "/posts/" + id + "/edit";
        assertEquals(303, ana.browser().submit(edit, edit, Map.of("body", TACTIC)).statusCode());
        Element body = post(ana.browser().page(q1), id).selectFirst(".post-body");
        assertEquals(1, body.select(".quote-source a").size());
        assertEquals(1, fixtures.count(PostQuote.class));
        assertEquals(303, ana.browser().submit(edit, edit, Map.of("body", "No quote now.")).statusCode());
        assertTrue(post(ana.browser().page(q1), id).select(".quote-source").isEmpty());
        assertEquals(0, fixtures.count(PostQuote.class));
    }

    @Test
    void theTeachersArticlePageCountsThePassagesInPostsStudentsCanRead() {
        long anas = answer(ana, DECORATIVE);
        answer(ben, DECORATIVE.replace("He", "he"));
        long hidden = answer(ben, TACTIC);
        answer(ana, TACTIC + "\n\n" + TACTIC); // one post quoting a passage twice counts once
        act(hidden, "hide", Map.of("reason", "Copied"));

        Document page = teacher.browser().page(article);
        String decorative = anchorOf(post(ana.browser().page(q1), anas));
        List<String> listed = page.select(".most-quoted li").eachText();
        assertEquals(2, listed.size(), listed.toString());
        assertTrue(listed.get(0).startsWith("Section 3, “Why the No-Shows?”, paragraph 2: “"), listed.get(0));
        assertTrue(listed.get(0).endsWith("Quoted in 2 posts"), listed.get(0));
        assertTrue(listed.get(1).endsWith("Quoted in 1 post"), listed.get(1)); // Ben's, hidden, is not counted
        assertEquals("#" + decorative, page.selectFirst(".most-quoted li a").attr("href"));
        Element quoted = page.getElementById(decorative);
        assertTrue(quoted.hasClass("quoted"));
        assertEquals("Quoted in 2 posts", quoted.selectFirst(".quote-count").text());
        assertEquals(2, page.select(".article-section .quoted").size());

        Document studentsView = ana.browser().page(article);
        assertTrue(studentsView.select(".most-quoted, .quoted, .quote-count").isEmpty(), "the teacher's to see");
    }

    @Test
    void removingAStudentOrTheClassTakesTheirQuotesAndDraftsAway() {
        answer(ana, DECORATIVE);
        answer(ben, TACTIC);
        ana.browser().submit(c.discussionPath(2), c.discussionPath(2) + "/draft", Map.of("body", "Half of it"));
        assertEquals(1, fixtures.count(PostDraft.class));
        String remove = "/teach/classes/" + c.id() + "/students/" + ana.id() + "/remove";
        assertEquals(303, teacher.browser().submit(remove, remove, Map.of()).statusCode());
        assertEquals(0, fixtures.count(PostDraft.class));
        assertEquals(2, fixtures.count(PostQuote.class), "her posts stay, so do their quotes");

        String delete = "/teach/classes/" + c.id() + "/delete";
        assertEquals(303, teacher.browser().submit(delete, delete, Map.of("confirmName", "Quotes")).statusCode());
        assertEquals(0, fixtures.count(PostQuote.class));
    }

    private static String anchorOf(Element post) {
        String href = post.selectFirst(".quote-source a").attr("href");
        return href.substring(href.indexOf('#') + 1);
    }
}
