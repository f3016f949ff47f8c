package org.roundtable.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Saved web pages (src/test/resources/articles/pages) read into drafts for the review page. */
class SavedPageTest {

    @Test
    void aNewsPageKeepsItsSectionsAndDropsNavigationAdsSharingAndRelatedLinks() {
        ArticleDraft draft = SavedPage.read(page("news-with-clutter"), "https://news.example.org/world/x?utm=1");
        assertEquals("Talks resume in Istanbul as both sides trade proposals", draft.title());
        assertEquals("Delegations met for four hours and agreed to exchange prisoners.", draft.dek());
        assertEquals(LocalDate.of(2025, 5, 16), draft.date());
        assertEquals("The Daily Planet", draft.source());
        assertEquals("https://news.example.org/world/2025/05/16/istanbul-talks", draft.url(), "the canonical link");
        assertEquals(List.of("What was agreed", "What comes next"),
                draft.sections().stream().skip(1).map(ArticleDraft.Section::heading).toList());
        String all = markdown(draft);
        for (String dropped : List.of("World", "Search", "ADVERTISEMENT", "Sponsored", "Share on", "Print",
                "Related stories", "Drone strikes", "Most read", "morning briefing", "Privacy", "tracking",
                "Photo: Agency", "javascript")) {
            assertFalse(all.contains(dropped), dropped + " should be dropped:\n" + all);
        }
        assertTrue(all.contains("- an exchange of 1,000 prisoners on each side;"), all);
        assertTrue(all.contains("The *exchange* would be the largest"), all);
        assertTrue(all.contains("**both sides**"), all);
        assertTrue(all.contains("told [reporters](https://www.reuters.example.com/world/report) after"), all);
        assertTrue(all.contains("dismissed the talks as theatre."), "a javascript: link keeps only its text");
        assertTrue(all.contains("> \"A ceasefire is not peace"), all);
        assertTrue(draft.questions().isEmpty());
    }

    @Test
    void literalTextIsEscapedSoItIsNotReadAsMarkdown() {
        String all = markdown(SavedPage.read(page("news-with-clutter"), null));
        assertTrue(all.contains("1986\\. That was the last year"), "not a numbered list: " + all);
        assertTrue(all.contains("the number \\*still\\* matters to both \\[sides\\]: the old treaty, "
                + "article \\#4, is cited in both proposals \\<in full\\>."), all);
        String rendered = Markdown.renderPost(all);
        assertTrue(rendered.contains("1986. That was"), rendered);
        assertTrue(rendered.contains("*still*"), rendered);
        assertTrue(rendered.contains("&lt;in full&gt;"), rendered);
    }

    @Test
    void aBlogWithH3SectionsAndAJsonLdDate() {
        ArticleDraft draft = SavedPage.read(page("blog-h3-sections"), null);
        assertEquals("Why our town banned phones in class", draft.title());
        assertEquals("A teacher on the first term without phones.", draft.dek());
        assertEquals(LocalDate.of(2024, 11, 3), draft.date());
        assertEquals(List.of("The first week", "What changed in discussions", "What did not change"),
                draft.sections().stream().skip(1).map(ArticleDraft.Section::heading).toList());
        assertEquals("Introduction", draft.sections().get(0).heading(), "the lead gets a heading, to rename");
        assertTrue(draft.notes().stream().anyMatch(n -> n.contains("“Introduction”: rename it")), draft.notes()
                .toString());
        String all = markdown(draft);
        assertTrue(all.contains("1. More students spoke at least once per lesson.\n2. Fewer side"), all);
        assertTrue(all.contains("the room was *louder*"), all);
        assertFalse(all.contains("Archive"), all);
        assertFalse(all.contains("Great post"), "comments are dropped: " + all);
        assertFalse(all.contains("Tweet"), all);
    }

    @Test
    void aPageWithoutQuestionsHeadingsOrDateSaysSoInTheNotes() {
        ArticleDraft draft = SavedPage.read(page("no-questions"), "https://www.city-news.example.com/bike-lanes");
        assertEquals("City council approves new bike lanes", draft.title());
        assertEquals("city-news.example.com", draft.source(), "the host when the page names no site");
        assertEquals("https://www.city-news.example.com/bike-lanes", draft.url());
        assertNull(draft.date());
        assertEquals(1, draft.sections().size());
        assertTrue(draft.sections().get(0).markdown().contains("seven to two"));
        assertTrue(draft.questions().isEmpty());
        assertEquals(3, draft.notes().size(), draft.notes().toString());
        assertTrue(draft.notes().stream().anyMatch(n -> n.contains("No thought questions")));
        assertTrue(draft.notes().stream().anyMatch(n -> n.contains("No date")));
        assertTrue(draft.notes().stream().anyMatch(n -> n.contains("No section headings")));
    }

    @Test
    void aUkrainianPageKeepsItsTextAndItsDiscussionQuestions() {
        ArticleDraft draft = SavedPage.read(page("ukrainian"), null);
        assertEquals("Переговори у Стамбулі: що відомо", draft.title());
        assertEquals("Новини Дня", draft.source());
        assertEquals("https://novyny.example.ua/svit/peregovory", draft.url());
        assertEquals(LocalDate.of(2025, 5, 16), draft.date());
        assertEquals("Що далі", draft.sections().get(1).heading());
        assertTrue(markdown(draft).contains("«Ми приїхали слухати», — сказав один із переговірників"));
        assertEquals(List.of("Чому обмін полоненими може бути першим кроком до миру?",
                "Які гарантії безпеки були б для вас переконливими?"),
                draft.questions().stream().map(ArticleDraft.Question::text).toList());
    }

    @Test
    void aTrailingThoughtQuestionsListBecomesTheQuestions() {
        ArticleDraft draft = SavedPage.read(page("with-questions"), null);
        assertEquals("Should voting be compulsory?", draft.title(), "without the site name");
        assertEquals(List.of("Do you agree that voting should be compulsory? Why or why not?",
                "What might change in your country if everyone had to vote?",
                "Is a twenty-dollar fine a fair way to enforce a duty?"),
                draft.questions().stream().map(ArticleDraft.Question::text).toList());
        assertTrue(draft.questions().get(0).stance(), "asks readers to agree or disagree");
        assertEquals(List.of("The case for", "The case against"),
                draft.sections().stream().skip(1).map(ArticleDraft.Section::heading).toList());
        assertFalse(markdown(draft).contains("Thought Questions"));
        assertFalse(draft.notes().stream().anyMatch(n -> n.contains("questions")), draft.notes().toString());
    }

    private static String markdown(ArticleDraft draft) {
        return String.join("\n\n", draft.sections().stream().map(ArticleDraft.Section::markdown).toList());
    }

    static String page(String name) {
        try (InputStream in = SavedPageTest.class.getResourceAsStream("/articles/pages/" + name + ".html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
