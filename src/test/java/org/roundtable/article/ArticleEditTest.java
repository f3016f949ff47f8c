package org.roundtable.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.support.Browser;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Editing a published article through its pages: the teacher who imported it edits it on the review page and the
 * article page shows the change; another teacher has no edit link and is refused; an edit the library refuses
 * comes back on the page with what was typed.
 */
@QuarkusTest
class ArticleEditTest extends ImportScene {

    Browser importer;
    Browser colleague;
    long id;

    @BeforeEach
    void publish() {
        importer = teacher;
        colleague = signedIn(fixtures.teacher("okafor", "another-horse-battery", false));
        Document review = Browser.html(ArticleImportTest.previewText(importer, ArticleImportTest.IMPORT,
                ArticleReviewTest.ARTICLE));
        id = ArticleImportTest.publishedId(ReviewPage.send(importer, review, ArticleImportTest.PUBLISH, f -> {
        }));
    }

    @Test
    void theImporterEditsAHeadingAndTheArticlePageShowsIt() {
        Document edit = importer.page("/teach/articles/" + id + "/edit");
        assertEquals("Edit the article", edit.select("h1").text());
        assertTrue(edit.select("input#slug").isEmpty(), "the slug stays");
        String first = ReviewPage.headings(edit).get(0);
        Response saved = ReviewPage.send(importer, edit, "/teach/articles/" + id + "/edit",
                fields -> ReviewPage.set(fields, "heading", 0, first + " today"));
        assertEquals(303, saved.statusCode(), saved.asString());
        assertTrue(saved.header("Location").endsWith("/teach/articles/" + id + "?saved=1"), saved.header("Location"));
        Document page = importer.page("/teach/articles/" + id + "?saved=1");
        assertTrue(page.select(".notice-done").text().startsWith("Your changes are saved."));
        assertEquals(first + " today", page.select("section.article-section h2").first().text());
        assertEquals(1, imported.content(id).revision() - 1, "one edit, one revision more");
    }

    @Test
    void anotherTeacherHasNoEditLinkAndIsRefused() {
        assertTrue(colleague.page("/teach/articles/" + id).select("a:contains(Edit this article)").isEmpty());
        assertEquals(403, colleague.get("/teach/articles/" + id + "/edit").statusCode());
        Document edit = importer.page("/teach/articles/" + id + "/edit");
        String token = colleague.csrfToken(ArticleImportTest.IMPORT);
        Response refused = ReviewPage.send(colleague, edit, "/teach/articles/" + id + "/edit",
                fields -> ReviewPage.set(fields, Browser.CSRF_FIELD, 0, token));
        assertEquals(403, refused.statusCode());
        assertEquals(404, importer.get("/teach/articles/999999/edit").statusCode());
    }

    @Test
    void anEditWithAMistakeComesBackOnTheFieldWithTheTextKept() {
        Document edit = importer.page("/teach/articles/" + id + "/edit");
        Document again = Browser.refused(ReviewPage.send(importer, edit, "/teach/articles/" + id + "/edit",
                fields -> {
                    ReviewPage.set(fields, "date", 0, "yesterday");
                    ReviewPage.set(fields, "heading", 0, "A heading I typed");
                }));
        assertEquals("Edit the article", again.select("h1").text());
        assertTrue(!again.select("#date-error").text().isEmpty(), again.select(".error-summary").text());
        assertEquals("A heading I typed", ReviewPage.headings(again).get(0));
        assertEquals(1, imported.content(id).revision(), "nothing saved");
    }
}
