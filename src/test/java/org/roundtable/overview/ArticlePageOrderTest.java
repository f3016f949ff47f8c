package org.roundtable.overview;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.roundtable.support.ClassWithStudents;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The article page reads in the order it is seen: the article and its h1 first, the questions
 * panel after it (the wide layout places the panel beside the article by CSS grid).
 */
@QuarkusTest
class ArticlePageOrderTest extends ClassWithStudents {

    ArticlePageOrderTest() {
        super("ms.order", "Period 2", "Ana", "Ben");
    }

    @Test
    void articleComesBeforeQuestionsInDocument() {
        String html = ana.browser().page("/classes/" + c.id() + "/articles/" + c.articleId()).outerHtml();
        int h1 = html.indexOf("<h1");
        int questions = html.indexOf("id=\"questions-title\"");
        assertTrue(h1 >= 0 && questions >= 0, "the page has both the article heading and the questions panel");
        assertTrue(h1 < questions, "the article's h1 comes before the questions panel");
    }

    @Test
    void teacherSeesTheSameOrder() {
        String html = teacher.browser().page("/classes/" + c.id() + "/articles/" + c.articleId()).outerHtml();
        assertTrue(html.indexOf("<h1") < html.indexOf("id=\"questions-title\""), "the article's h1 comes first");
    }
}
