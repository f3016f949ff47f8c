package org.roundtable.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkdownTest {

    private static Document render(String source) {
        return Jsoup.parseBodyFragment(Markdown.renderPost(source));
    }

    @Test
    void scriptTagIsShownAsTextNotExecuted() {
        Document html = render("<script>alert(1)</script>");
        assertTrue(html.select("script").isEmpty());
        assertTrue(html.body().text().contains("<script>alert(1)</script>"));
    }

    /** What a post may not contain (a script, an image, a heading) is left out; its words stay, as text. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Hello <script>alert(1)</script> world | script | p | Hello <script>alert(1)</script> world",
            "![a](http://x/y.png) | img | body | a",
            "'# Big claim\n\nbody' | h1, h2, h3, h4, h5, h6 | p > strong | Big claim" })
    void whatAPostMayNotContainIsLeftOutButItsWordsStay(String source, String absent, String where, String text) {
        Document html = render(source);
        assertTrue(html.select(absent).isEmpty());
        assertEquals(text, html.select(where).text());
    }

    @Test
    void javascriptLinkKeepsItsTextButLosesTheHref() {
        Document html = render("[x](javascript:alert(1))");
        assertTrue(html.select("a[href]").stream().noneMatch(a -> a.attr("href").toLowerCase().contains("javascript")));
        assertFalse(html.html().toLowerCase().contains("javascript:"));
        assertEquals("x", html.body().text());
    }

    @Test
    void imgTagWithEventHandlerYieldsNoEventAttributes() {
        Document html = render("<img src=x onerror=alert(1)>\n\ntext <img src=x onerror=alert(1)>");
        assertTrue(html.select("img").isEmpty());
        for (Element element : html.body().getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertFalse(attribute.getKey().toLowerCase().startsWith("on"), attribute.getKey());
            }
        }
    }

    @Test
    void linksGetNofollowUgcNoopener() {
        Document html = render("See [the news](https://example.org/a) or [mail](mailto:a@example.org).");
        assertEquals(2, html.select("a[href]").size());
        for (Element link : html.select("a")) {
            assertEquals("nofollow ugc noopener", link.attr("rel"));
        }
        assertEquals("https://example.org/a", html.select("a").first().attr("href"));
    }

    @Test
    void emphasisListsAndBlockquotesSurvive() {
        Document html = render("""
                Some *soft* and **strong** words with `code`.

                - one
                - two

                1. first

                > quoted
                """);
        assertEquals("soft", html.select("p > em").text());
        assertEquals("strong", html.select("p > strong").text());
        assertEquals("code", html.select("p > code").text());
        assertEquals(2, html.select("ul > li").size());
        assertEquals(1, html.select("ol > li").size());
        assertEquals("quoted", html.select("blockquote > p").text());
    }

    @Test
    void sanitizeDropsUnlistedTagsAndAttributes() {
        Document html = Jsoup.parseBodyFragment(Markdown.sanitize(
                "<p class=\"x\" style=\"color:red\">hi <a href=\"https://e.org\" target=\"_blank\">e</a></p>"
                        + "<iframe src=\"https://e.org\"></iframe><pre><code class=\"language-java\">x</code></pre>"));
        assertTrue(html.select("iframe, [class], [style], [target]").isEmpty());
        assertEquals("https://e.org", html.select("a").attr("href"));
        assertEquals("x", html.select("pre > code").text());
    }

    @Test
    void emptyOrBlankPostRendersToNothing() {
        assertEquals("", Markdown.renderPost(""));
        assertEquals("", Markdown.renderPost(null));
    }

    @Test
    void wordCountCountsWhitespaceSeparatedTokens() {
        assertEquals(3, Markdown.wordCount("one two  three"));
        assertEquals(4, Markdown.wordCount("one\n\ntwo\n\n- three\n- four"));
        assertEquals(0, Markdown.wordCount("   "));
    }

    @Test
    void quotesOrListsNestedThousandsDeepAreTooDeepAndRenderAsPlainText() {
        for (String deep : new String[] { ">".repeat(10_000) + " x", "> ".repeat(10_000) + "x",
                "- ".repeat(10_000) + "x",
                "1. ".repeat(3_000) + "x", "> - ".repeat(2_500) + "x" }) {
            assertTrue(Markdown.tooDeep(deep));
            Document html = render(deep); // no stack overflow: refused before any tree is rendered
            assertTrue(html.select("blockquote, li").isEmpty());
            assertTrue(html.text().endsWith("x"));
        }
    }

    @Test
    void listsNestedByIndentationAloneAreFoundInTheParsedTree() {
        StringBuilder deep = new StringBuilder();
        for (int level = 0; level < 40; level++) {
            deep.append("  ".repeat(level)).append("- level ").append(level).append('\n');
        }
        assertTrue(Markdown.tooDeep(deep.toString()));
        assertTrue(render(deep.toString()).select("li").isEmpty());
    }

    @Test
    void tenLevelsStillRenderAndRulesAreNotLists() {
        assertFalse(Markdown.tooDeep("> ".repeat(Markdown.MAX_NESTING) + "x"));
        assertEquals(Markdown.MAX_NESTING, render("> ".repeat(Markdown.MAX_NESTING) + "x").select("blockquote").size());
        assertTrue(Markdown.tooDeep("> ".repeat(Markdown.MAX_NESTING + 1) + "x"));
        assertFalse(Markdown.tooDeep("- - - - - - - - - - - - - -"), "a horizontal rule");
        assertFalse(Markdown.tooDeep("**bold** and 2024. was a year"));
    }
}
