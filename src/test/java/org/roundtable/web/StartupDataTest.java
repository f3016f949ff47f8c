package org.roundtable.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.roundtable.article.Article;
import org.roundtable.article.ArticleLibrary;
import org.roundtable.article.ArticleSection;
import org.roundtable.article.ArticleTerm;
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
        int terms = ArticleTerm.listFor(stored).size();
        assertTrue(terms >= 17, "the bundled who's who has " + terms + " entries");
        // As an install from before the who's-who list has it: no terms, no Markdown.
        ArticleTerm.delete("article", stored);
        stored.markdown = null;

        Article upgraded = library.loadBundled(StartupData.BUNDLED_ARTICLE);
        library.loadBundled(StartupData.BUNDLED_ARTICLE);

        assertEquals(stored.id, upgraded.id);
        assertEquals(terms, ArticleTerm.listFor(upgraded).size());
        assertEquals("Volodymyr Zelensky", ArticleTerm.listFor(upgraded).get(0).term);
        assertTrue(upgraded.markdown.contains("## Who’s who and key terms"));
        assertEquals(terms, library.get(upgraded.id).terms().size());
    }
}
