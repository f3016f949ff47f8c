package org.roundtable.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class QuoteMatcherTest {

    private static final ArticleContent ARTICLE = article(
            section(11, 1, "The talks", "Delegations from Russia and Ukraine met in Istanbul on Friday, the first "
                    + "direct talks between the two sides since the spring of 2022.",
                    "The meeting lasted less than two hours."),
            section(12, 2, "What Zelensky said", "Zelensky said he wouldn’t travel to Istanbul — not while "
                    + "Putin stayed at home — and called the Russian delegation “decorative”."));

    private static ArticleContent.Section section(long id, int position, String heading, String... paragraphs) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : paragraphs) {
            html.append("<p>").append(paragraph).append("</p>");
        }
        Paragraphs.Anchored anchored = Paragraphs.anchored(id, html.toString());
        return new ArticleContent.Section(id, position, "s" + id, heading, anchored.html(), anchored.paragraphs());
    }

    private static ArticleContent article(ArticleContent.Section... sections) {
        return new ArticleContent(1, 1, "talks", "Talks", null, LocalDate.of(2025, 5, 16), 3, null, null,
                List.of(sections), List.of(), List.of(), "en");
    }

    private static String anchorOf(String quote) {
        Optional<QuoteMatcher.Found> found = QuoteMatcher.find(quote, ARTICLE);
        assertTrue(found.isPresent(), () -> "no match for: " + quote);
        return found.get().paragraph().anchor();
    }

    @Test
    void anExactQuoteMatchesItsParagraph() {
        assertEquals("para-11-2", anchorOf("The meeting lasted less than two hours."));
        assertEquals(1.0, QuoteMatcher.find("The meeting lasted less than two hours.", ARTICLE).get().similarity());
    }

    @Test
    void aSentenceFromTheMiddleOfAParagraphMatchesIt() {
        assertEquals("para-11-1", anchorOf("the first direct talks between the two sides"));
    }

    @Test
    void aQuoteSpacedAndBrokenOverLinesDifferentlyMatches() {
        assertEquals("para-11-1", anchorOf("  Delegations   from Russia\nand  Ukraine\tmet in   Istanbul on Friday "));
    }

    @Test
    void straightQuotesAndHyphensMatchCurlyQuotesAndDashes() {
        assertEquals("para-12-1", anchorOf("Zelensky said he wouldn't travel to Istanbul - not while Putin stayed "
                + "at home - and called the Russian delegation \"decorative\"."));
    }

    @Test
    void caseDoesNotMatter() {
        assertEquals("para-11-2", anchorOf("THE MEETING LASTED LESS THAN TWO HOURS"));
    }

    @Test
    void aSlightlyEditedQuoteMatches() {
        // "on Friday" left out, "met" retyped as "meet", "talks" as "talk": small slips in twenty-one words
        assertEquals("para-11-1", anchorOf("Delegations from Russia and Ukraine meet in Istanbul, the first direct "
                + "talk between the two sides since the spring of 2022"));
    }

    @Test
    void aQuoteTheArticleDoesNotContainIsLeftPlain() {
        assertTrue(QuoteMatcher.find("Peace is the only way forward for both countries", ARTICLE).isEmpty());
        assertTrue(QuoteMatcher.find("The talks between the two sides were a failure, says everyone", ARTICLE)
                .isEmpty());
    }

    @Test
    void aQuoteOfTwoWordsIsTooShortToPlace() {
        assertTrue(QuoteMatcher.find("two hours", ARTICLE).isEmpty());
    }

    @Test
    void wordsAreNormalised() {
        assertEquals(List.of("wouldnt", "go", "2022", "décor"), QuoteMatcher.words("“Wouldn’t” go—2022… DÉCOR!"));
    }

    @Test
    void similarityCountsEachChangedWordAgainstTheQuote() {
        List<String> paragraph = QuoteMatcher.words("one two three four five six seven eight nine ten");
        assertEquals(1.0, QuoteMatcher.similarity(QuoteMatcher.words("three four five six"), paragraph));
        // three matches (+6), one changed word (-1) out of a word-for-word 8
        assertEquals(5 / 8.0, QuoteMatcher.similarity(QuoteMatcher.words("three four zzz six"), paragraph));
    }
}
