package org.roundtable.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class ArticleMarkdownTest {

    private static final List<String> SEED_HEADINGS = List.of(
            "Introduction: A Missed Opportunity for Peace?",
            "The Setup: A Diplomatic Dance in Istanbul",
            "Why the No-Shows?",
            "The Delegations: Who’s at the Table?",
            "The Context: A War at a Crossroads",
            "What Went Wrong in Istanbul?",
            "The Stakes: What’s Next for Ukraine and Russia?",
            "Conclusion: A Fragile Path to Peace");

    private static final List<String> SEED_QUESTIONS = List.of(
            "Was Zelensky right to skip the Istanbul talks, or should he have engaged with Russia’s delegation to keep the momentum going?",
            "Is Trump’s insistence on a personal meeting with Putin a realistic strategy, or does it risk delaying progress in the peace process?",
            "How can Ukraine balance its commitment to sovereignty with the pressure to make concessions in negotiations?",
            "What role should Europe play in bridging the gap between Trump’s approach and Ukraine’s needs?");

    private static ParsedArticle bundledArticle() throws Exception {
        try (InputStream in = ArticleMarkdownTest.class.getResourceAsStream("/articles/istanbul-peace-talks.md")) {
            if (in == null) {
                throw new IOException("bundled article missing from the classpath");
            }
            return ArticleMarkdown.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static int errorLine(String markdown) {
        return assertThrows(ArticleFormatException.class, () -> ArticleMarkdown.parse(markdown)).line();
    }

    // --- the bundled article -------------------------------------------------------------------------------

    @Test
    void bundledArticleHasEightSectionsWithTheSeedHeadings() throws Exception {
        List<String> headings = bundledArticle().sections().stream().map(ParsedSection::heading).toList();
        assertEquals(SEED_HEADINGS, headings);
    }

    @Test
    void bundledArticleHasTheFourSeedQuestionsAndOnlyTheFirstAsksForAStance() throws Exception {
        List<ParsedQuestion> questions = bundledArticle().questions();
        assertEquals(SEED_QUESTIONS, questions.stream().map(ParsedQuestion::text).toList());
        assertEquals(List.of(true, false, false, false),
                questions.stream().map(ParsedQuestion::stanceEnabled).toList());
    }

    @Test
    void bundledArticleMetadataComesFromTheSeedDateLine() throws Exception {
        ParsedArticle article = bundledArticle();
        assertEquals("istanbul-peace-talks", article.slug());
        assertEquals("Istanbul Peace Talks Falter: Zelensky, Putin, and Trump Skip Ukraine-Russia Negotiations",
                article.title());
        assertEquals(LocalDate.of(2025, 5, 15), article.publishedOn());
        assertEquals(6, article.readingMinutes());
        assertFalse(article.dek().isBlank());
        assertFalse(article.source().isBlank());
    }

    @Test
    void bundledNoShowsSectionKeepsItsThreeBullets() throws Exception {
        ParsedSection noShows = bundledArticle().sections().stream()
                .filter(s -> s.heading().equals("Why the No-Shows?")).findFirst().orElseThrow();
        Document html = Jsoup.parseBodyFragment(noShows.html());
        assertEquals(1, html.select("ul").size());
        assertEquals(3, html.select("ul > li").size());
        assertEquals("Zelensky’s Stance:", html.select("ul > li").first().selectFirst("strong").text());
    }

    @Test
    void bundledArticleAnchorsAreUniqueAndNonEmpty() throws Exception {
        List<String> anchors = bundledArticle().sections().stream().map(ParsedSection::anchor).toList();
        assertTrue(anchors.stream().allMatch(a -> a.matches("[a-z0-9]+(-[a-z0-9]+)*")), anchors.toString());
        assertEquals(anchors.size(), new HashSet<>(anchors).size());
        assertEquals("introduction-a-missed-opportunity-for-peace", anchors.get(0));
        assertEquals("the-delegations-who-s-at-the-table", anchors.get(3));
    }

    // --- format rules --------------------------------------------------------------------------------------

    @Test
    void minimalArticleDerivesSlugAndEstimatesReadingTime() throws Exception {
        ParsedArticle article = ArticleMarkdown.parse("""
                # Café *Talks*, Again

                date: 2024-01-02

                ## Part one

                Short body.

                ## Thought Questions for Readers

                1. [STANCE] Should we?
                """);
        assertEquals("cafe-talks-again", article.slug());
        assertEquals("Café Talks, Again", article.title());
        assertEquals(1, article.readingMinutes());
        assertNull(article.dek());
        assertNull(article.source());
        assertEquals(List.of(new ParsedQuestion("Should we?", true)), article.questions());
    }

    @Test
    void duplicateAndSymbolOnlyHeadingsGetDistinctAnchors() throws Exception {
        ParsedArticle article = ArticleMarkdown.parse("""
                # T

                date: 2024-01-02

                ## Same

                a

                ## Same

                b

                ## Сводка

                c

                ## Thought Questions

                1. Q?
                """);
        List<String> anchors = article.sections().stream().map(ParsedSection::anchor).toList();
        assertEquals(List.of("same", "same-2", "section-3"), anchors);
        assertEquals(3, Set.copyOf(anchors).size());
    }

    @Test
    void sectionHtmlIsSanitisedAndHeadingsArePlainText() throws Exception {
        ParsedArticle article = ArticleMarkdown.parse("""
                # T

                date: 2024-01-02
                dek: A *short* dek

                ## The `real` <b>story</b>

                <script>alert(1)</script>

                [bad](javascript:alert(1)) and [good](https://example.org)

                ## Thought Questions

                1. Q?
                """);
        ParsedSection section = article.sections().get(0);
        assertEquals("The real story", section.heading());
        assertEquals("A short dek", article.dek());
        Document html = Jsoup.parseBodyFragment(section.html());
        assertTrue(html.select("script").isEmpty());
        assertEquals(1, html.select("a").size());
        assertEquals("nofollow ugc noopener", html.select("a").attr("rel"));
    }

    // --- malformed input names the right line ---------------------------------------------------------------

    @Test
    void missingTitleIsReportedOnTheFirstBlock() {
        assertEquals(3, errorLine("""


                date: 2024-01-02

                ## Part

                Body.

                ## Thought Questions

                1. Q?
                """));
    }

    @Test
    void badDateIsReportedOnItsLine() {
        assertEquals(4, errorLine("""
                # T

                slug: t
                date: 2024-02-30

                ## Part

                Body.

                ## Thought Questions

                1. Q?
                """));
    }

    @Test
    void unknownMetaKeyIsReportedOnItsLine() {
        assertEquals(5, errorLine("""
                # T

                slug: t
                date: 2024-01-02
                author: Someone

                ## Part

                Body.

                ## Thought Questions

                1. Q?
                """));
    }

    @Test
    void emptySectionIsReportedOnItsHeading() {
        assertEquals(9, errorLine("""
                # T

                date: 2024-01-02

                ## Part

                Body.

                ## Nothing here

                ## Thought Questions

                1. Q?
                """));
    }

    @Test
    void missingQuestionsSectionIsReportedAtTheEnd() {
        assertEquals(8, errorLine("""
                # T

                date: 2024-01-02

                ## Part

                Body that goes on
                and ends here.
                """));
    }

    @Test
    void textAfterTheQuestionListIsReportedOnItsLine() {
        assertEquals(13, errorLine("""
                # T

                date: 2024-01-02

                ## Part

                Body.

                ## Thought Questions

                1. Q?

                Thanks for reading.
                """));
    }

    @Test
    void bulletedQuestionsAreReportedOnTheListLine() {
        assertEquals(11, errorLine("""
                # T

                date: 2024-01-02

                ## Part

                Body.

                ## Thought Questions

                - Q?
                - R?
                """));
    }

    @Test
    void secondTitleIsReportedOnItsLine() {
        assertEquals(7, errorLine("""
                # T

                date: 2024-01-02

                ## Part

                # Another title

                ## Thought Questions

                1. Q?
                """));
    }

    @Test
    void errorMessageStartsWithTheLine() {
        ArticleFormatException e = assertThrows(ArticleFormatException.class,
                () -> ArticleMarkdown.parse("# T\n\ndate: soon\n"));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().startsWith("Line 3: "), e.getMessage());
    }
}
