package org.roundtable.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.roundtable.support.Browser;
import org.roundtable.support.LocalPages;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The ways in besides the article format, through the import form: text as copied from a web page, a saved page
 * (uploaded, or its source pasted), and a web address. A page from a web server (one the admin allowed, as tests
 * allow their own) lands on the review page with its parts, its address kept, and who's-who suggestions; an address
 * into the school's network, or a redirect there, is refused with a message on the address field and the typed text
 * kept.
 */
@QuarkusTest
class ArticleImportWaysTest extends ImportScene {

    Response fromAddress(String address) {
        return ArticleImportTest.importForm(teacher, ArticleImportTest.IMPORT)
                .multiPart(ArticleImportTest.textPart("text", "typed before"))
                .multiPart(ArticleImportTest.textPart("url", address))
                .multiPart("file", "", new byte[0], "application/octet-stream")
                .post(ArticleImportTest.PREVIEW);
    }

    @Test
    void aPageAtAnAddressLandsOnTheReviewPageAndPublishesWithItsAddress() {
        Response response = fromAddress(LocalPages.at("/pages/with-questions.html"));
        assertEquals(200, response.statusCode(), response.asString());
        Document review = Browser.html(response);
        assertEquals("Should voting be compulsory?", review.select("input#title").val());
        assertEquals("2025-03-02", review.select("input#date").val());
        assertEquals(LocalPages.at("/pages/with-questions.html"), review.select("input#url").val());
        assertEquals(3, review.select(".question-item").size());
        assertTrue(ReviewPage.headings(review).contains("The case against"), ReviewPage.headings(review).toString());
        assertTrue(review.select("input[name=term]").eachAttr("value").contains("Anthony Albanese"),
                "who's-who suggestions: " + review.select("input[name=term]").eachAttr("value"));

        long id = ArticleImportTest.publishedId(ReviewPage.send(teacher, review, ArticleImportTest.PUBLISH, f -> {
        }));
        Document page = teacher.page("/teach/articles/" + id);
        assertEquals(LocalPages.at("/pages/with-questions.html"),
                page.select("a:contains(Read the original)").attr("href"));
    }

    @Test
    void theSeedAsATeacherCopiesItLandsOnTheReviewPageWithTheBundledArticlesStructure() throws Exception {
        String seed = new String(getClass().getResourceAsStream("/articles/pasted/seed.txt").readAllBytes(),
                StandardCharsets.UTF_8);
        Document review = Browser.html(ArticleImportTest.previewText(teacher, ArticleImportTest.IMPORT, seed));
        assertEquals("Istanbul Peace Talks Falter: Zelensky, Putin, and Trump Skip Ukraine-Russia Negotiations",
                review.select("input#title").val());
        assertEquals("2025-05-15", review.select("input#date").val());
        assertEquals("6", review.select("input#readingTime").val());
        assertEquals(8, ReviewPage.headings(review).size(), ReviewPage.headings(review).toString());
        assertEquals("Why the No-Shows?", ReviewPage.headings(review).get(2));
        assertEquals(4, review.select(".question-item").size());
        assertTrue(review.select("input[name=term]").eachAttr("value").contains("Rustem Umerov"),
                "who's-who suggestions: " + review.select("input[name=term]").eachAttr("value"));
    }

    @Test
    void aSavedPageUploadedOrItsSourcePastedLandsOnTheReviewPage() throws Exception {
        byte[] page = getClass().getResourceAsStream("/articles/pages/news-with-clutter.html").readAllBytes();
        Response uploaded = ArticleImportTest.importForm(teacher, ArticleImportTest.IMPORT)
                .multiPart(ArticleImportTest.textPart("text", ""))
                .multiPart("file", "saved-page.html", page, "text/html")
                .post(ArticleImportTest.PREVIEW);
        assertEquals(200, uploaded.statusCode(), uploaded.asString());
        Document fromFile = Browser.html(uploaded);
        Document pasted = Browser.html(ArticleImportTest.previewText(teacher, ArticleImportTest.IMPORT,
                new String(page, StandardCharsets.UTF_8)));
        assertTrue(!fromFile.select("input#title").val().isBlank());
        assertEquals(fromFile.select("input#title").val(), pasted.select("input#title").val());
        assertEquals(ReviewPage.headings(fromFile), ReviewPage.headings(pasted));
        assertTrue(ReviewPage.bodies(fromFile).stream().noneMatch(b -> b.matches("(?s).*<(p|div|a|nav|script)[ >].*")),
                "no markup left: "
                        + ReviewPage.bodies(fromFile));
    }

    @Test
    void plainTextAtAnAddressIsReadAsPastedText() {
        Document review = Browser.html(fromAddress(LocalPages.at("/text")));
        assertEquals("School news", review.select("input#title").val());
        assertEquals(LocalPages.at("/text"), review.select("input#url").val());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "http://127.0.0.1/admin                | That address points into a private network",
            "http://[::1]/                          | That address points into a private network",
            "http://10.0.0.1/news                   | That address points into a private network",
            "http://169.254.169.254/latest/meta-data | That address points into a private network",
            "http://localhost/                      | That address points into a private network",
            "ftp://example.org/article              | That is not a web address",
            "https://example.org:8443/article       | Roundtable only fetches web pages on the usual ports" })
    void anAddressIntoTheSchoolsNetworkIsRefusedWithTheTextKept(String address, String message) {
        Document refused = Browser.refused(fromAddress(address));
        assertTrue(refused.select("#url-error").text().contains(message), refused.select("#url-error").text());
        assertEquals(address, refused.select("input#url").val());
        assertEquals("typed before", ArticleImportTest.textIn(refused));
    }

    @Test
    void aRedirectIntoAPrivateNetworkOrSomethingThatIsNoPageIsRefused() {
        assertTrue(Browser.refused(fromAddress(LocalPages.at("/to-private"))).select("#url-error").text()
                .contains("private network"));
        assertTrue(Browser.refused(fromAddress(LocalPages.at("/image"))).select("#url-error").text()
                .contains("Only web pages (HTML or plain text) can be imported."));
    }
}
