package org.roundtable.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The parser refuses what the database could not store, on the line that holds it. */
class ArticleMarkdownLimitsTest {

    private static String article(String title, String metaLines) {
        return "# " + title + "\n"
                + "\n"
                + metaLines
                + "date: 2025-05-15\n"
                + "\n"
                + "## Only section\n"
                + "\n"
                + "Some text.\n"
                + "\n"
                + "## Thought Questions\n"
                + "\n"
                + "1. Why?\n";
    }

    private static ArticleFormatException refused(String markdown) {
        return assertThrows(ArticleFormatException.class, () -> ArticleMarkdown.parse(markdown));
    }

    private static ParsedArticle withFrontMatter(String frontMatter) throws ArticleFormatException {
        return ArticleMarkdown.parse(article("Title", frontMatter));
    }

    /** The article with these front-matter lines is refused, pointing at the line and its reason. */
    private static void assertRefusedAt(String frontMatter, int line, String reason) {
        ArticleFormatException e = refused(article("Title", frontMatter));
        assertEquals(line, e.line());
        assertEquals(reason, e.reason());
    }

    private static String slugOfLength(int length) {
        return "a".repeat(length);
    }

    /** A front-matter field stored in a sized column: a value of the column's size, and what the parser kept. */
    record SizedField(String name, String value, Function<ParsedArticle, String> kept) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<SizedField> fieldsOfTheColumnSize() {
        return Stream.of(
                new SizedField("slug", slugOfLength(ArticleMarkdown.MAX_SLUG_CHARS), ParsedArticle::slug),
                new SizedField("dek", "d".repeat(ArticleMarkdown.MAX_DEK_CHARS), ParsedArticle::dek),
                new SizedField("source", "s".repeat(ArticleMarkdown.MAX_SOURCE_CHARS), ParsedArticle::source));
    }

    @ParameterizedTest
    @MethodSource("fieldsOfTheColumnSize")
    void aFieldOfTheColumnSizeIsAccepted(SizedField field) throws Exception {
        assertEquals(field.value(), field.kept().apply(withFrontMatter(field.name() + ": " + field.value() + "\n")));
    }

    @Test
    void longerSlugIsReportedOnItsLine() {
        assertRefusedAt("dek: A dek\nslug: " + slugOfLength(ArticleMarkdown.MAX_SLUG_CHARS + 1) + "\n", 4,
                "'slug' is longer than 120 characters");
    }

    @Test
    void longerDekIsReportedOnItsLine() {
        assertRefusedAt("dek: " + "d".repeat(ArticleMarkdown.MAX_DEK_CHARS + 1) + "\n", 3,
                "'dek' is longer than 400 characters");
    }

    @Test
    void dekIsMeasuredAsStoredWithoutItsMarkup() throws Exception {
        // Emphasis markers are not stored, so they do not count against the limit.
        String dek = "*" + "d".repeat(ArticleMarkdown.MAX_DEK_CHARS) + "*";
        assertEquals(ArticleMarkdown.MAX_DEK_CHARS, withFrontMatter("dek: " + dek + "\n").dek().length());
    }

    @Test
    void longerSourceIsReportedOnItsLine() {
        assertRefusedAt("slug: ok\ndek: A dek\nsource: " + "s".repeat(ArticleMarkdown.MAX_SOURCE_CHARS + 1) + "\n", 5,
                "'source' is longer than 400 characters");
    }

    @Test
    void slugDerivedFromALongTitleIsCutAtAWholeWord() throws Exception {
        // 30 words of five letters: a 179-character title and slug, within the title's limit but not the slug's.
        String title = String.join(" ", Collections.nCopies(30, "words"));
        String slug = ArticleMarkdown.parse(article(title, "")).slug();
        assertTrue(slug.length() <= ArticleMarkdown.MAX_SLUG_CHARS, slug);
        assertTrue(slug.matches("words(-words)*"), slug);
        assertEquals(20, slug.split("-").length, "as many whole words as fit: 20 × 6 - 1 = 119 characters");
    }

    @Test
    void slugDerivedFromOneLongWordIsCutAtTheLimit() throws Exception {
        String slug = ArticleMarkdown.parse(article("x".repeat(150), "")).slug();
        assertEquals("x".repeat(ArticleMarkdown.MAX_SLUG_CHARS), slug);
    }

    @Test
    void quotesNestedTenThousandDeepAreRefusedOnTheirLine() {
        String markdown = article("Title", "").replace("Some text.", "Some text.\n\n" + "> ".repeat(10_000) + "deep");
        ArticleFormatException e = refused(markdown);
        assertEquals(9, e.line());
        assertTrue(e.reason().contains("nested up to 10 levels"), e.reason());
    }

    @Test
    void listsNestedByIndentationAreRefusedBeforeRendering() {
        StringBuilder deep = new StringBuilder();
        for (int level = 0; level < 40; level++) {
            deep.append("  ".repeat(level)).append("- level ").append(level).append('\n');
        }
        ArticleFormatException e = refused(article("Title", "").replace("Some text.", deep.toString()));
        assertTrue(e.reason().contains("nested up to 10 levels"), e.reason());
    }
}
