package org.roundtable.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.roundtable.article.Article;
import org.roundtable.article.ArticleLibrary;
import org.roundtable.article.ArticleSection;
import org.roundtable.article.Question;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

@QuarkusTest
class StartupDataTest {

    @Inject
    ArticleLibrary library;

    @Test
    @Transactional
    void loadingTheBundledArticleAgainChangesNothing() {
        long before = Article.count();
        Article again = library.loadBundled(StartupData.BUNDLED_ARTICLE);
        assertEquals(before, Article.count());
        assertEquals("istanbul-peace-talks", again.slug);
        assertEquals(8, ArticleSection.listFor(again).size());
        assertEquals(4, Question.listFor(again).size());
    }

    @Test
    @TestTransaction
    void anEarlierCopyOfTheBundledArticleGetsItsWhosWhoOnce() {
        Article stored = library.loadBundled(StartupData.BUNDLED_ARTICLE);
        String markdown = stored.markdown;
        int terms = library.get(stored.id).terms().size();
        assertTrue(terms >= 17, "the bundled who's who has " + terms + " entries");
        // As an install from before the who's-who list has it: no Markdown, so no list.
        stored.markdown = null;
        library.forget(stored.id);
        assertEquals(0, library.get(stored.id).terms().size());

        Article upgraded = library.loadBundled(StartupData.BUNDLED_ARTICLE);
        library.loadBundled(StartupData.BUNDLED_ARTICLE);

        assertEquals(stored.id, upgraded.id);
        assertEquals(markdown, upgraded.markdown);
        assertEquals(terms, library.get(upgraded.id).terms().size());
        assertEquals("Volodymyr Zelensky", library.get(upgraded.id).terms().get(0).term());
    }
}
