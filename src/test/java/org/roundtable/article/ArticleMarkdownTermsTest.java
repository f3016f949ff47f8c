package org.roundtable.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The article format's 'url:' line and its "Who’s who and key terms" section. */
class ArticleMarkdownTermsTest {

    /** An article whose metadata ends with {@code metaLine} (line 4) and whose who's-who section starts on line 10. */
    private static String article(String metaLine, String whosWho) {
        return """
                # T

                date: 2024-01-02
                %s

                ## Part

                Umerov met Sybiha.

                %s

                ## Thought Questions

                1. Q?
                """.formatted(metaLine, whosWho);
    }

    private static ArticleFormatException error(String markdown) {
        return assertThrows(ArticleFormatException.class, () -> ArticleMarkdown.parse(markdown));
    }

    /** The article with this who's-who section is refused, the refusal pointing at {@code line}. */
    private static ArticleFormatException refusedOn(int line, String whosWho) {
        ArticleFormatException e = error(article("slug: t", whosWho));
        assertEquals(line, e.line(), whosWho);
        return e;
    }

    static final List<String> BUNDLED_PEOPLE = List.of("Volodymyr Zelensky", "Vladimir Putin", "Donald Trump",
            "Recep Tayyip Erdogan", "Vladimir Medinsky", "Rustem Umerov", "Andrii Sybiha", "Ihor Zhovkva",
            "Andriy Yermak", "Mikhail Galuzin", "Alexander Fomin", "Igor Kostyukov", "Steve Witkoff", "Keith Kellogg",
            "Marco Rubio", "Keir Starmer", "Emmanuel Macron");

    static String bundledMarkdown() throws IOException {
        try (InputStream in = ArticleMarkdownTermsTest.class.getResourceAsStream("/articles/istanbul-peace-talks.md")) {
            if (in == null) {
                throw new IOException("bundled article missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void bundledArticleNamesEveryPersonAndPlaceInItsWhosWho() throws Exception {
        List<String> terms = ArticleMarkdown.parse(bundledMarkdown()).terms().stream().map(ParsedTerm::term).toList();
        assertEquals(BUNDLED_PEOPLE, terms.subList(0, BUNDLED_PEOPLE.size()));
        assertTrue(terms.containsAll(List.of("Istanbul", "NATO", "Kremlin", "Institute for the Study of War")),
                terms.toString());
    }

    // --- url ------------------------------------------------------------------------------------------------

    @Test
    void urlLineFillsTheAddress() throws Exception {
        ParsedArticle parsed = ArticleMarkdown.parse(article("url: https://example.org/news/a_b?x=1", ""));
        assertEquals("https://example.org/news/a_b?x=1", parsed.url());
    }

    @Test
    void articleWithoutUrlOrWhosWhoHasNeither() throws Exception {
        ParsedArticle parsed = ArticleMarkdown.parse(article("slug: t", ""));
        assertNull(parsed.url());
        assertEquals(List.of(), parsed.terms());
    }

    @Test
    void urlMustBeAWebAddress() {
        for (String bad : List.of("javascript:alert(1)", "ftp://example.org/x", "example.org/news", "https://",
                "http://exa mple.org/")) {
            ArticleFormatException e = error(article("url: " + bad, ""));
            assertEquals(4, e.line(), bad);
            assertTrue(e.reason().contains("http:// or https://"), e.reason());
        }
    }

    @Test
    void urlLongerThanItsColumnIsRefused() {
        String url = "https://example.org/" + "a".repeat(ArticleMarkdown.MAX_URL_CHARS);
        ArticleFormatException e = error(article("url: " + url, ""));
        assertEquals(4, e.line());
        assertEquals("'url' is longer than 2000 characters", e.reason());
    }

    // --- who's who ------------------------------------------------------------------------------------------

    @Test
    void whosWhoListFillsTheTermsAndIsNoSection() throws Exception {
        ParsedArticle parsed = ArticleMarkdown.parse(article("slug: t", """
                ## Who’s who and key terms

                - **Rustem Umerov**: Ukraine's *defense* minister
                - **Andrii Sybiha** – Ukraine's foreign minister
                - **NATO** — a military alliance
                - **Kremlin:** the seat of Russia's government
                """));
        assertEquals(List.of(
                new ParsedTerm("Rustem Umerov", "Ukraine's defense minister"),
                new ParsedTerm("Andrii Sybiha", "Ukraine's foreign minister"),
                new ParsedTerm("NATO", "a military alliance"),
                new ParsedTerm("Kremlin", "the seat of Russia's government")), parsed.terms());
        assertEquals(List.of("Part"), parsed.sections().stream().map(ParsedSection::heading).toList());
        assertEquals(1, parsed.questions().size());
    }

    @Test
    void whosWhoHeadingHasSeveralSpellings() throws Exception {
        for (String heading : List.of("Who's who and key terms", "WHO’S WHO", "who's who", "Key Terms")) {
            ParsedArticle parsed = ArticleMarkdown.parse(article("slug: t", "## " + heading + "\n\n- **A**: b\n"));
            assertEquals(List.of(new ParsedTerm("A", "b")), parsed.terms(), heading);
        }
    }

    @Test
    void whosWhoEntryWithoutBoldTermOrSeparatorIsReportedOnItsLine() {
        for (String item : List.of("- Umerov: a minister", "- **Umerov** a minister", "- see **Umerov**: x")) {
            String reason = refusedOn(13, "## Key terms\n\n- **A**: b\n" + item + "\n").reason();
            assertTrue(reason.contains("'**Term**: explanation'"), reason);
        }
    }

    @Test
    void whosWhoEntryNeedsAnExplanation() {
        assertEquals("The explanation of 'Umerov' is empty", refusedOn(12, "## Key terms\n\n- **Umerov**:\n").reason());
    }

    @Test
    void whosWhoTermAndExplanationHaveLimits() {
        assertEquals("A who's-who term is longer than 200 characters",
                refusedOn(12, "## Key terms\n\n- **" + "x".repeat(201) + "**: y\n").reason());
        assertEquals("The explanation of 'B' is longer than 400 characters",
                refusedOn(13, "## Key terms\n\n- **A**: b\n- **B**: " + "y".repeat(401) + "\n").reason());
    }

    @Test
    void atMostSixtyEntries() throws Exception {
        StringBuilder list = new StringBuilder("## Key terms\n\n");
        for (int i = 1; i <= 60; i++) {
            list.append("- **Term ").append(i).append("**: explained\n");
        }
        assertEquals(60, ArticleMarkdown.parse(article("slug: t", list.toString())).terms().size());
        assertEquals("At most 60 who's-who entries are allowed",
                refusedOn(72, list + "- **Term 61**: one too many\n").reason());
    }

    @Test
    void aTermListedTwiceIsReportedWithItsFirstLine() {
        assertEquals("'Nato' is already listed on line 12",
                refusedOn(13, "## Key terms\n\n- **NATO**: a\n- **Nato**: b\n").reason());
    }

    @Test
    void whosWhoMustBeABulletedListAndNothingElse() {
        String numbered = refusedOn(12, "## Key terms\n\n1. **A**: b\n").reason();
        assertTrue(numbered.contains("not a numbered list"), numbered);
        refusedOn(10, "## Key terms\n");
        refusedOn(14, "## Key terms\n\n- **A**: b\n\nMore text.\n");
    }

    @Test
    void whosWhoMustComeRightBeforeTheQuestions() {
        String reason = refusedOn(14, "## Key terms\n\n- **A**: b\n\n## Another part\n\nText.\n").reason();
        assertTrue(reason.contains("right before '## Thought Questions'"), reason);
    }

    @Test
    void whosWhoNeedsASectionBeforeIt() {
        ArticleFormatException e = error("""
                # T

                date: 2024-01-02

                ## Key terms

                - **A**: b

                ## Thought Questions

                1. Q?
                """);
        assertEquals(5, e.line());
    }

    @Test
    void whosWhoAtTheEndStillNeedsTheQuestions() {
        ArticleFormatException e = error("""
                # T

                date: 2024-01-02

                ## Part

                Text.

                ## Key terms

                - **A**: b
                """);
        assertEquals(11, e.line());
        assertTrue(e.reason().contains("Thought Questions"), e.reason());
    }
}
