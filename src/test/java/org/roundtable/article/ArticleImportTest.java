package org.roundtable.article;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.roundtable.support.Browser;
import org.roundtable.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.response.Response;
import io.restassured.specification.MultiPartSpecification;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class ArticleImportTest extends ImportScene {

    static final String IMPORT = "/teach/articles/import";
    static final String PREVIEW = "/teach/articles/preview";
    static final String PUBLISH = "/teach/articles/publish";

    static String bundledText() {
        try (InputStream in = ArticleImportTest.class.getResourceAsStream("/articles/istanbul-peace-talks.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The bundled article under another slug, so it can be imported next to the original. */
    static String bundledTextWithSlug(String slug) {
        String text = bundledText().replace("slug: " + Fixtures.BUNDLED_SLUG, "slug: " + slug);
        assertTrue(text.contains("slug: " + slug));
        return text;
    }

    /** A multipart request as the import form sends it, with the CSRF token of {@code formPage}. */
    static RequestSpecification importForm(Browser browser, String formPage) {
        String token = browser.csrfToken(formPage);
        return given().redirects().follow(false)
                .cookie("rt_session", browser.cookie("rt_session"))
                .cookie("rt_csrf", browser.cookie("rt_csrf"))
                .multiPart(Browser.CSRF_FIELD, token);
    }

    Response previewText(Browser browser, String text) {
        return previewText(browser, IMPORT, text);
    }

    /** With no file chosen, browsers still send the file field: an empty part with an empty file name. */
    static Response previewText(Browser browser, String formPage, String text) {
        return importForm(browser, formPage)
                .multiPart(textPart("text", text))
                .multiPart("file", "", new byte[0], "application/octet-stream")
                .post(PREVIEW);
    }

    Response previewFile(Browser browser, String fileName, byte[] content) {
        return importForm(browser, IMPORT)
                .multiPart(textPart("text", ""))
                .multiPart("file", fileName, content, "text/markdown")
                .post(PREVIEW);
    }

    static MultiPartSpecification textPart(String name, String value) {
        return new MultiPartSpecBuilder(value).controlName(name).charset(StandardCharsets.UTF_8).build();
    }

    /** Submits the review page's form to publish, with only the given questions ticked, as a browser would. */
    Response publish(Browser browser, Document review, int... stanceQuestions) {
        return ReviewPage.send(browser, review, PUBLISH, fields -> {
            fields.removeIf(f -> f.getKey().equals("stance"));
            for (int question : stanceQuestions) {
                fields.add(new java.util.AbstractMap.SimpleEntry<>("stance", String.valueOf(question)));
            }
        });
    }

    Document previewed(String text) {
        Response response = previewText(teacher, text);
        assertEquals(200, response.statusCode(), response.asString());
        return Browser.html(response);
    }

    /**
     * The text box's content as a browser shows it: HTML drops the one newline right after {@code <textarea>} (the
     * template writes one so that text starting with a blank line survives); jsoup keeps it, and its val() trims.
     */
    static String textIn(Document page) {
        String text = page.selectFirst("textarea#text").wholeText();
        assertTrue(text.startsWith("\n"), "the template's newline after <textarea>");
        return text.substring(1);
    }

    static long publishedId(Response redirect) {
        assertEquals(303, redirect.statusCode(), redirect.asString());
        String location = redirect.header("Location");
        assertTrue(location.matches(".*/teach/articles/\\d+"), location);
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void pastedArticleIsReviewedWithItsSectionsQuestionsAndStanceMarkers() {
        Document review = previewed(bundledTextWithSlug("istanbul-copy"));
        assertEquals(1, review.select("h1").size());
        assertEquals("Istanbul Peace Talks Falter: Zelensky, Putin, and Trump Skip Ukraine-Russia Negotiations",
                review.select("input#title").val());
        assertTrue(review.select("textarea#dek").text().startsWith("Ukraine and Russia sent delegations"));
        assertEquals("2025-05-15", review.select("input#date").val());
        assertEquals("6", review.select("input#readingTime").val());
        assertEquals("Roundtable sample article, written for classroom discussion",
                review.select("input#source").val());
        assertEquals("istanbul-copy", review.select("input#slug").val());
        assertEquals(8, review.select("fieldset.review-section").size());
        assertEquals("Why the No-Shows?", review.select("input#heading-3").val());
        assertTrue(review.selectFirst("textarea#body-3").wholeText().contains("\n\n- **Zelensky’s Stance:**"),
                "the section's Markdown as written");
        assertEquals(4, review.select(".question-item").size());
        assertEquals(List.of(true, false, false, false), ReviewPage.stances(review));
        assertEquals("Takes a stance (agree / disagree / unsure)", review.select("label[for=stance-1]").text());
        assertEquals("multipart/form-data",
                teacher.page(IMPORT).select("form[action=" + PREVIEW + "]").attr("enctype"));
        assertEquals(0, imported.countWithSlug("istanbul-copy"), "a review stores nothing");
    }

    @Test
    void theTickedStanceBoxesAreWhatIsStored() {
        Document preview = previewed(bundledTextWithSlug("istanbul-stances"));
        long id = publishedId(publish(teacher, preview, 2, 4)); // Q1 unticked, Q2 and Q4 ticked
        assertEquals(List.of(false, true, false, true), imported.stances("istanbul-stances"));

        Document view = teacher.page("/teach/articles/" + id);
        assertEquals(8, view.select("section.article-section").size());
        assertTrue(view.select("#question-1 .stance-setting").text().contains("No stance"));
        assertEquals("Takes a stance (agree / disagree / unsure)", view.select("#question-2 .stance-setting").text());
        assertEquals("/teach/articles/" + id + "/edit", view.select("a:contains(Edit this article)").attr("href"),
                "the teacher who imported it may edit it");
    }

    @Test
    void aMalformedArticleComesBackWithTheLineAndTheText() {
        String text = """
                # Broken Date

                slug: broken-date
                date: 2025-02-30

                ## Only section

                Text.

                ## Thought Questions

                1. Why?
                """;
        Response response = previewText(teacher, text);
        Document page = Browser.refused(response);
        String message = page.select("#text-error").text();
        assertTrue(message.contains("Line 4: 'date' must be a real date"), message);
        assertEquals(text, textIn(page), "nothing typed is lost");
        assertEquals("true", page.select("textarea#text").attr("aria-invalid"));
        assertEquals("date: 2025-02-30", page.select(".source-excerpt li.offending code").text());
        assertEquals("2", page.select(".source-excerpt ol").attr("start"), "two lines of context above");
        assertEquals(5, page.select(".source-excerpt li").size());
        assertEquals("#text", page.select(".error-summary a").attr("href"));
    }

    @Test
    void anUploadedFileIsPreviewed() {
        byte[] file = ("\uFEFF" + bundledTextWithSlug("istanbul-upload")).getBytes(StandardCharsets.UTF_8);
        Response response = previewFile(teacher, "istanbul.md", file);
        assertEquals(200, response.statusCode(), response.asString());
        Document preview = Browser.html(response);
        assertEquals(8, preview.select("fieldset.review-section").size());
        assertEquals(4, preview.select(".question-item").size());
        assertTrue(preview.select("input#title").val().startsWith("Istanbul"), "byte order mark dropped");
        publishedId(publish(teacher, preview, 1));
        assertEquals(1, imported.countWithSlug("istanbul-upload"));
    }

    @Test
    void aMalformedFileComesBackInTheTextBoxToCorrect() {
        String text = bundledTextWithSlug("istanbul-bad-file").replace("date: 2025-05-15", "date: May 15");
        Response response = previewFile(teacher, "istanbul.md", text.getBytes(StandardCharsets.UTF_8));
        Document page = Browser.refused(response);
        assertTrue(page.select("#text-error").text().contains("Line 5: 'date' must be a real date"));
        assertEquals(text, textIn(page));
        assertTrue(page.select("#text-file").text().contains("The text of istanbul.md is now in the box"));
    }

    @Test
    void aFileThatIsNotPlainTextIsRefusedWithAWayForward() {
        Response response = previewFile(teacher, "istanbul.docx", new byte[] { 'P', 'K', 3, 4 });
        assertTrue(Browser.refused(response).select("#text-error").text().contains("saved as plain text"));
    }

    @Test
    void aSlugAlreadyUsedIsRefusedBeforePublishing() {
        Response response = previewText(teacher, bundledText());
        Document page = Browser.refused(response);
        String message = page.select("#text-error").text();
        assertTrue(message.contains("Line 3: The slug 'istanbul-peace-talks' is already used"), message);
        assertTrue(message.contains("Change this 'slug:' line"), message);
        assertEquals("slug: istanbul-peace-talks", page.select(".source-excerpt li.offending code").text());

        // A slug made from the title is blamed on the title line, with the way out.
        Response derived = previewText(teacher, "# Istanbul Peace Talks\n\ndate: 2025-05-16\n\n## A\n\nText.\n\n"
                + "## Thought Questions\n\n1. Why?\n");
        String derivedMessage = Browser.refused(derived).select("#text-error").text();
        assertTrue(
                derivedMessage
                        .contains("Line 1: The slug 'istanbul-peace-talks', made from the title, is already used"),
                derivedMessage);
        assertTrue(derivedMessage.contains("Add a 'slug:' line of its own under the title"), derivedMessage);

        // Publishing a different article under a taken slug is refused the same way.
        Document preview = previewed(bundledTextWithSlug("taken-later"));
        publishedId(publish(teacher, previewed(bundledTextWithSlug("other")
                .replace("slug: other", "slug: taken-later")
                .replace("# Istanbul", "# A different article on Istanbul")), 1));
        Response conflict = publish(teacher, preview, 1);
        Document refused = Browser.refused(conflict);
        assertTrue(refused.select("#slug-error").text().contains("is already used by the article “A different"));
        assertEquals("taken-later", refused.select("input#slug").val(), "nothing lost");
        assertEquals(8, refused.select("fieldset.review-section").size());
        assertEquals(1, imported.countWithSlug("taken-later"));
    }

    @Test
    void publishingTwiceCreatesOneArticle() {
        Document preview = previewed(bundledTextWithSlug("istanbul-twice"));
        long first = publishedId(publish(teacher, preview, 1));
        long second = publishedId(publish(teacher, preview, 1));
        assertEquals(first, second, "the repeat answers with the article already published");
        assertEquals(1, imported.countWithSlug("istanbul-twice"));
    }

    @Test
    void simultaneousPublishesCreateOneArticle() throws Exception {
        Document preview = previewed(bundledTextWithSlug("istanbul-race"));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Response>> clicks = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                clicks.add(() -> publish(teacher, preview, 1));
            }
            List<Long> ids = new ArrayList<>();
            for (Future<Response> click : pool.invokeAll(clicks)) {
                ids.add(publishedId(click.get()));
            }
            assertEquals(1, ids.stream().distinct().count(), ids.toString());
        } finally {
            pool.shutdown();
        }
        assertEquals(1, imported.countWithSlug("istanbul-race"));
    }

    @Test
    void backToEditingShowsTheFormWithTheText() throws ArticleFormatException {
        String text = bundledTextWithSlug("istanbul-edit");
        Document preview = previewed(text);
        Element back = preview.selectFirst("button[formaction=" + IMPORT + "]");
        assertNotNull(back);
        assertEquals("Back to editing the text", back.text());
        Response response = ReviewPage.send(teacher, preview, IMPORT, fields -> {
        });
        assertEquals(200, response.statusCode());
        assertEquals(ArticleMarkdown.parse(text), ArticleMarkdown.parse(textIn(Browser.html(response))),
                "the reviewed article, in the format");
        assertEquals(0, imported.countWithSlug("istanbul-edit"));
    }

    @Test
    void theListShowsPublishedArticlesNewestFirstWithTheirCounts() {
        long id = publishedId(publish(teacher, previewed(bundledTextWithSlug("istanbul-listed")), 1));
        Document list = teacher.page("/teach/articles");
        Element newest = list.selectFirst("table.article-list tbody tr");
        assertEquals("/teach/articles/" + id, newest.select("a").attr("href"));
        assertEquals(List.of("May 15, 2025", "8", "4"), newest.select("td").eachText().subList(0, 3));
        assertNotNull(newest.selectFirst("time[datetime]"));
        assertEquals(2, list.select("table.article-list tbody tr").size(), "the bundled article too");
        assertNotNull(list.selectFirst("a[href=" + IMPORT + "]"));
    }

    @Test
    void markupInAnImportedArticleStaysInert() {
        String text = """
                # <script>alert('title')</script>Breaking <img src=x onerror=alert(1)> news

                slug: inert
                date: 2025-01-01

                ## Heading <script>alert('heading')</script>

                <script>alert('body')</script>

                <img src=x onerror="alert(2)"> [link](javascript:alert(3)) <a href="/" onclick="alert(4)">a</a>

                ## Thought Questions

                1. [stance] <script>alert('question')</script> Is this safe?
                """;
        Document preview = previewed(text);
        assertInert(preview);
        assertTrue(preview.selectFirst("textarea#body-1").wholeText().contains("<script>alert('body')</script>"),
                "shown as text, not run");
        long id = publishedId(publish(teacher, preview, 1));
        Document view = teacher.page("/teach/articles/" + id);
        assertInert(view);
        assertEquals(1, view.select(".question-item").size());
    }

    static void assertInert(Document page) {
        assertEquals(
                List.of("/js/words.js", "/js/roundtable.js", "/js/notices.js", "/js/wordcount.js", "/js/glossary.js",
                        "/js/evidence.js"),
                page.select("script").eachAttr("src").stream()
                        .map(src -> src.replaceFirst("^/assets/[0-9a-f]{12}/", "/"))
                        .toList(),
                "no script element but the app's own");
        assertTrue(page.select("script").stream().allMatch(script -> script.data().isEmpty()), "and nothing inline");
        assertTrue(page.select("[^on]").isEmpty(), "no event handler attribute");
        assertTrue(page.select("img").isEmpty(), "no image");
        assertTrue(page.select("a[href^=javascript]").isEmpty(), "no script link");
    }

    @Test
    void studentsAreRefusedAndStrangersSentToSignIn() {
        long articleId = imported.idOf(Fixtures.BUNDLED_SLUG);
        Fixtures.TestClass testClass = fixtures.createClass("Period 1", 0);
        Browser student = signedIn(fixtures.enrol(testClass.id(), "Ana", "ABCD-EFGH"));
        Browser stranger = new Browser();
        for (String path : List.of("/teach/articles", IMPORT, "/teach/articles/" + articleId,
                "/teach/articles/" + articleId + "/article.md")) {
            assertEquals(403, student.get(path).statusCode(), path);
            Response anonymous = stranger.get(path);
            assertEquals(303, anonymous.statusCode(), path);
            assertTrue(anonymous.header("Location").endsWith("/signin"), path);
        }
        String text = bundledTextWithSlug("not-allowed");
        for (String path : List.of(IMPORT, PREVIEW, ReviewPage.REVIEW, PUBLISH)) {
            // A valid CSRF token from a page they may open, so the role check is what refuses them; in either
            // encoding, since a forged request need not be multipart like the real forms.
            Response asStudent = importForm(student, "/classes/" + testClass.id())
                    .multiPart(textPart("text", text)).multiPart(textPart("source", text)).post(path);
            assertEquals(403, asStudent.statusCode(), path);
            Response asStudentUrlEncoded = student.submit("/classes/" + testClass.id(), path,
                    Map.of("text", text, "source", text));
            assertEquals(403, asStudentUrlEncoded.statusCode(), path);
            for (Response anonymous : List.of(
                    importForm(stranger, "/join").multiPart(textPart("text", text)).multiPart(textPart("source", text))
                            .post(path),
                    stranger.submit("/join", path, Map.of("text", text, "source", text)))) {
                assertEquals(303, anonymous.statusCode(), path);
                assertTrue(anonymous.header("Location").endsWith("/signin"), path);
            }
        }
        assertEquals(0, imported.countWithSlug("not-allowed"));
    }
}
