package org.roundtable.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sample article as copied from its web page reads into the same structure as the bundled article. */
class PastedTextSeedTest {

    private static ArticleDraft draft;
    private static ParsedArticle bundled;
    private static ParsedArticle republished;

    @BeforeAll
    static void read() throws IOException, ArticleFormatException {
        draft = PastedText.read(resource("/articles/pasted/seed.txt"));
        bundled = ArticleMarkdown.parse(resource("/articles/istanbul-peace-talks.md"));
        republished = ArticleMarkdown.parse(PastedDrafts.asMarkdown(draft));
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = PastedTextSeedTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void titleDateAndReadingTimeAreFound() {
        assertEquals(bundled.title(), draft.title());
        assertEquals(LocalDate.of(2025, 5, 15), draft.date());
        assertEquals(6, draft.readingMinutes());
        assertNull(draft.url());
        assertTrue(draft.terms().isEmpty());
    }

    @Test
    void theEightSectionsHaveTheBundledHeadingsInOrder() {
        List<String> expected = bundled.sections().stream().map(ParsedSection::heading).toList();
        assertEquals(8, expected.size());
        assertEquals(expected, draft.sections().stream().map(ArticleDraft.Section::heading).toList());
    }

    @Test
    void bulletsAreMarkdownListsInTheSameSections() {
        for (int i = 0; i < bundled.sections().size(); i++) {
            Document want = Jsoup.parseBodyFragment(bundled.sections().get(i).html());
            Document got = Jsoup.parseBodyFragment(republished.sections().get(i).html());
            assertEquals(want.select("ul > li").size(), got.select("ul > li").size(), "section " + i);
            assertEquals(want.select("p").size(), got.select("p").size(), "section " + i);
        }
    }

    @Test
    void theFourQuestionsAreKeptVerbatim() {
        assertEquals(bundled.questions().stream().map(ParsedQuestion::text).toList(),
                draft.questions().stream().map(ArticleDraft.Question::text).toList());
        assertTrue(draft.questions().stream().noneMatch(ArticleDraft.Question::stance));
    }

    @Test
    void nothingIsMissingSoThereAreNoNotes() {
        assertNull(draft.dek());
        assertEquals(List.of(), draft.notes());
    }

    @Test
    void theDraftWrittenAsArticleMarkdownParsesToTheSameText() {
        ParsedArticle parsed = republished;
        assertEquals(bundled.title(), parsed.title());
        assertEquals(8, parsed.sections().size());
        for (int i = 0; i < parsed.sections().size(); i++) {
            String want = Jsoup.parseBodyFragment(bundled.sections().get(i).html()).text();
            String got = Jsoup.parseBodyFragment(parsed.sections().get(i).html()).text();
            assertEquals(want, got, "section " + i);
        }
        assertEquals(4, parsed.questions().size());
    }
}
