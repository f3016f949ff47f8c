package org.roundtable.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.AbstractMap.SimpleEntry;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.roundtable.support.Browser;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The review page: each edit button, publishing from it, and the article's text downloaded and imported again. */
@QuarkusTest
class ArticleReviewTest extends ImportScene {

    static final String ARTICLE = """
            # Phones Out of Class

            date: 2025-03-10
            dek: A school locked away phones.

            ## What the school did

            Phones went into pouches.

            Teachers noticed more talk.

            ## What people said

            Some felt less safe.

            ## Thought Questions

            1. [stance] Should schools lock away phones?
            2. What would you miss most?
            """;

    Document reviewed(String text) {
        Response response = ArticleImportTest.previewText(teacher, ArticleImportTest.IMPORT, text);
        assertEquals(200, response.statusCode(), response.asString());
        return Browser.html(response);
    }

    @Test
    void eachEditButtonSendsItsOpAndNamesItsItemForScreenReaders() {
        Document page = reviewed(ARTICLE);
        List<String> ops = page.select("button[name=op][formaction]").eachAttr("value");
        assertEquals(List.of("refresh", "split:1", "merge:1", "down:1", "delete:1", "split:2", "up:2", "delete:2",
                "add-section", "question-down:1", "question-remove:1", "question-up:2", "question-remove:2",
                "add-question", "add-term"), ops.stream().filter(op -> !op.startsWith("term-remove")).toList());
        assertEquals("Merge with next: section 1", page.selectFirst("button[value=merge:1]").text());
        assertEquals("Remove: question 2", page.selectFirst("button[value=question-remove:2]").text());
        assertTrue(page.selectFirst("button[value=delete:2]").hasClass("button-danger"));
        assertTrue(page.selectFirst("button[value=up:2]").hasClass("button-secondary"));
        assertEquals("Add a section", page.selectFirst("button[value=add-section]").text());
        assertTrue(page.select("button[value=add-section] .visually-hidden").isEmpty());
    }

    @Test
    void mergeJoinsASectionWithTheNextAndKeepsWhatWasTyped() {
        Document page = ReviewPage.edit(teacher, reviewed(ARTICLE), "merge:1",
                fields -> ReviewPage.set(fields, "title", 0, "Phones, edited"));
        assertEquals(List.of("What the school did"), ReviewPage.headings(page));
        assertEquals(List.of("Phones went into pouches.\n\nTeachers noticed more talk.\n\nSome felt less safe."),
                ReviewPage.bodies(page));
        assertEquals("Phones, edited", page.select("input#title").val(), "nothing typed is lost");
        assertEquals(List.of(true, false), ReviewPage.stances(page));
    }

    @Test
    void splitCutsAtTheCaretElseAtATypedHeadingElseBeforeTheLastParagraph() {
        Document review = reviewed(ARTICLE);
        Document atCaret = ReviewPage.edit(teacher, review, "split:1",
                fields -> ReviewPage.set(fields, "caret", 0, "1:6"));
        assertEquals(List.of("What the school did", "", "What people said"), ReviewPage.headings(atCaret));
        assertEquals("Phones", ReviewPage.bodies(atCaret).get(0));
        assertTrue(ReviewPage.bodies(atCaret).get(1).startsWith("went into pouches."));

        Document atHeading = ReviewPage.edit(teacher, review, "split:1", fields -> ReviewPage.set(fields, "body", 0,
                "Phones went into pouches.\n\n## What teachers saw\n\nMore talk.\n\nLess noise."));
        assertEquals(List.of("What the school did", "What teachers saw", "What people said"),
                ReviewPage.headings(atHeading));
        assertEquals(List.of("Phones went into pouches.", "More talk.\n\nLess noise.", "Some felt less safe."),
                ReviewPage.bodies(atHeading));

        Document lastParagraph = ReviewPage.edit(teacher, review, "split:1");
        assertEquals(List.of("Phones went into pouches.", "Teachers noticed more talk.", "Some felt less safe."),
                ReviewPage.bodies(lastParagraph));

        Document single = ReviewPage.edit(teacher, review, "split:2");
        assertEquals(2, ReviewPage.bodies(single).size());
        assertTrue(single.select(".notice").text().contains("nowhere to split"));
    }

    @Test
    void sectionsMoveAndAreDeleted() {
        Document review = reviewed(ARTICLE);
        Document moved = ReviewPage.edit(teacher, review, "down:1");
        assertEquals(List.of("What people said", "What the school did"), ReviewPage.headings(moved));
        Document back = ReviewPage.edit(teacher, moved, "up:2");
        assertEquals(List.of("What the school did", "What people said"), ReviewPage.headings(back));
        Document deleted = ReviewPage.edit(teacher, back, "delete:1");
        assertEquals(List.of("What people said"), ReviewPage.headings(deleted));
        assertEquals(List.of("Some felt less safe."), ReviewPage.bodies(deleted));
        assertEquals(List.of("What people said", ""),
                ReviewPage.headings(ReviewPage.edit(teacher, deleted, "add-section")));
    }

    @Test
    void questionsAreReorderedRemovedAndAddedWithTheirStance() {
        Document review = reviewed(ARTICLE);
        Document moved = ReviewPage.edit(teacher, review, "question-down:1");
        assertEquals(List.of("What would you miss most?", "Should schools lock away phones?"),
                ReviewPage.questions(moved));
        assertEquals(List.of(false, true), ReviewPage.stances(moved), "the stance moves with its question");
        Document added = ReviewPage.edit(teacher, moved, "add-question");
        assertEquals(3, ReviewPage.questions(added).size());
        Document removed = ReviewPage.edit(teacher, added, "question-remove:1");
        assertEquals(List.of("Should schools lock away phones?", ""), ReviewPage.questions(removed));
        assertEquals(List.of(true, false), ReviewPage.stances(removed));
        Document up = ReviewPage.edit(teacher, removed, "question-up:2");
        assertEquals(List.of("", "Should schools lock away phones?"), ReviewPage.questions(up));
        assertEquals(List.of(false, true), ReviewPage.stances(up));
    }

    @Test
    void whosWhoEntriesAreAddedRemovedAndDroppedWithoutAnExplanation() {
        Document added = ReviewPage.edit(teacher, reviewed(ARTICLE), "add-term");
        assertEquals(1, added.select("input[name=term]").size());
        assertTrue(added.select("#terms-hint").text().contains("dropped when you publish"));
        Document two = ReviewPage.edit(teacher, added, "add-term", fields -> {
            ReviewPage.set(fields, "term", 0, "Pouch");
            ReviewPage.set(fields, "explanation", 0, "A bag that locks");
        });
        assertEquals(List.of("Pouch", ""), two.select("input[name=term]").eachAttr("value"));
        Document one = ReviewPage.edit(teacher, two, "term-remove:1");
        assertEquals(List.of(""), one.select("input[name=term]").eachAttr("value"));
        // Published with the entry left blank: it is dropped, not refused.
        Response published = ReviewPage.send(teacher, one, ArticleImportTest.PUBLISH, fields -> {
        });
        assertEquals(303, published.statusCode(), published.asString());
    }

    @Test
    void errorsComeBackOnTheirFieldWithNothingLost() {
        Document review = reviewed(ARTICLE);
        String longQuestion = "Why? ".repeat(300).strip();
        Response response = ReviewPage.send(teacher, review, ArticleImportTest.PUBLISH, fields -> {
            ReviewPage.set(fields, "date", 0, "March 10");
            ReviewPage.set(fields, "title", 0, "Phones, kept");
        });
        Document page = Browser.refused(response);
        assertTrue(page.select("#date-error").text().contains("yyyy-MM-dd"), page.select(".error-summary").text());
        assertEquals("true", page.select("input#date").attr("aria-invalid"));
        assertEquals("March 10", page.select("input#date").val());
        assertEquals("Phones, kept", page.select("input#title").val());
        assertEquals("#date", page.select(".error-summary a").attr("href"));
        assertEquals(1, page.select("h1").size());

        Document tooLong = Browser.refused(ReviewPage.send(teacher, review, ArticleImportTest.PUBLISH,
                fields -> ReviewPage.set(fields, "question", 1, longQuestion)));
        assertTrue(tooLong.select("#question-2-error").text().contains("longer than 1000"),
                tooLong.select(".error-summary").text());
        assertEquals(longQuestion, ReviewPage.questions(tooLong).get(1));

        Document noHeading = Browser.refused(ReviewPage.send(teacher, review, ArticleImportTest.PUBLISH,
                fields -> ReviewPage.set(fields, "heading", 1, " ")));
        assertTrue(noHeading.select("#heading-2-error").text().contains("empty"),
                noHeading.select(".error-summary").text());
        assertEquals(0, imported.countWithSlug("phones-out-of-class"));
    }

    @Test
    void textWithoutQuestionsOrSectionsLandsOnTheReviewPageSayingSo() {
        Document noQuestions = reviewed("# Phones\n\ndate: 2025-03-10\n\n## What happened\n\nPouches.\n");
        assertTrue(noQuestions.select("#review-notes").text().contains("No thought questions were found"));
        assertTrue(noQuestions.select(".empty").text().contains("No thought questions yet"));
        Response refused = ReviewPage.send(teacher, noQuestions, ArticleImportTest.PUBLISH, fields -> {
        });
        assertTrue(Browser.refused(refused).select("#questions-error").text().contains("numbered list"));

        Document pasted = reviewed("Phones went into pouches.\n\nTeachers noticed more talk.");
        assertTrue(pasted.select("#review-notes").text().contains("No section headings were found"),
                pasted.select("#review-notes").text());
        assertTrue(pasted.select("#review-notes").text().contains("No thought questions were found"));
        assertEquals(1, ReviewPage.bodies(pasted).size());
        assertTrue(ReviewPage.bodies(pasted).get(0).contains("Teachers noticed more talk."), ReviewPage.bodies(pasted)
                .toString());
    }

    @Test
    void aReviewedArticleIsPublishedDownloadedAndImportedAgainTheSame() {
        Document review = reviewed(ARTICLE);
        Response published = ReviewPage.send(teacher, review, ArticleImportTest.PUBLISH, fields -> {
            ReviewPage.set(fields, "readingTime", 0, "3");
            fields.removeIf(f -> f.getKey().equals("stance"));
            fields.add(new SimpleEntry<>("stance", "2"));
        });
        long id = ArticleImportTest.publishedId(published);
        assertEquals(List.of(false, true), imported.stances("phones-out-of-class"));
        Document view = teacher.page("/teach/articles/" + id);
        String link = view.select("a:contains(Download as Markdown)").attr("href");
        assertEquals("/teach/articles/" + id + "/article.md", link);
        assertTrue(view.select("a:contains(Read the original)").isEmpty(), "no address, no link");

        Response download = teacher.get(link);
        assertEquals(200, download.statusCode());
        assertEquals("text/markdown;charset=UTF-8", download.contentType().replace(" ", ""));
        assertEquals("attachment; filename=\"phones-out-of-class.md\"", download.header("Content-Disposition"));
        String text = download.asString();

        assertTrue(text.startsWith("# Phones Out of Class\n\ndek: "), text);
        Document again = reviewed(text.replace("\n\ndek:", "\n\nslug: phones-again\ndek:"));
        assertEquals("phones-again", again.select("input#slug").val());
        long copy = ArticleImportTest.publishedId(ReviewPage.send(teacher, again, ArticleImportTest.PUBLISH, fields -> {
        }));
        ArticleContent first = imported.content(id);
        ArticleContent second = imported.content(copy);
        assertEquals(first.title(), second.title());
        assertEquals(first.dek(), second.dek());
        assertEquals(first.publishedOn(), second.publishedOn());
        assertEquals(first.readingMinutes(), second.readingMinutes());
        // Paragraph ids name each copy's own section rows: the same text, under other ids
        assertEquals(first.sections().stream().map(ArticleReviewTest::comparable).toList(),
                second.sections().stream().map(ArticleReviewTest::comparable).toList());
        assertEquals(first.questions().stream().map(q -> q.text() + q.stanceEnabled()).toList(),
                second.questions().stream().map(q -> q.text() + q.stanceEnabled()).toList());
    }

    private static List<String> comparable(ArticleContent.Section s) {
        return List.of(s.heading(), s.anchor(), s.html().replaceAll(" id=\"para-\\d+-\\d+\"", ""));
    }

    @Test
    void anArticleStoredWithoutItsMarkdownIsWrittenFromItsContent() throws ArticleFormatException {
        long id = imported.idOf(org.roundtable.support.Fixtures.BUNDLED_SLUG);
        String stored = teacher.get("/teach/articles/" + id + "/article.md").asString();
        imported.setMarkdown(id, null);
        Response rebuilt;
        try {
            rebuilt = teacher.get("/teach/articles/" + id + "/article.md");
        } finally {
            imported.setMarkdown(id, stored);
        }
        assertEquals(200, rebuilt.statusCode());
        assertNotNull(rebuilt.asString());
        ParsedArticle original = ArticleMarkdown.parse(stored);
        ParsedArticle fromContent = ArticleMarkdown.parse(rebuilt.asString());
        assertEquals(original.title(), fromContent.title());
        assertEquals(original.sections(), fromContent.sections());
        assertEquals(original.questions(), fromContent.questions());
    }
}
