package org.roundtable.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.roundtable.article.Article;
import org.roundtable.article.ArticleLibrary;
import org.roundtable.article.ArticleSection;
import org.roundtable.article.Question;

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
}
