package org.roundtable.article;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.support.Browser;
import org.roundtable.support.FreshData;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.response.Response;

/** An article nested thousands of levels deep is refused on the import page, quickly, with the text kept. */
@QuarkusTest
class DeeplyNestedImportTest extends FreshData {

    Browser teacher;

    @BeforeEach
    void setUp() {
        teacher = new Browser();
        teacher.setCookie("rt_session", fixtures.signIn(fixtures.teacher("rivera", "correct-horse-battery", false)));
    }

    Response preview(String text) {
        return preview(teacher.csrfToken(ArticleImportTest.IMPORT), text);
    }

    Response preview(String token, String text) {
        return given().redirects().follow(false)
                .cookie("rt_session", teacher.cookie("rt_session"))
                .cookie("rt_csrf", teacher.cookie("rt_csrf"))
                .multiPart(Browser.CSRF_FIELD, token)
                .multiPart(new MultiPartSpecBuilder(text).controlName("text").charset(StandardCharsets.UTF_8).build())
                .multiPart("file", "", new byte[0], "application/octet-stream")
                .post(ArticleImportTest.PREVIEW);
    }

    static String article(String body) {
        return "# Deep\n\ndate: 2025-05-15\n\n## Only section\n\n" + body + "\n\n## Thought Questions\n\n1. Why?\n";
    }

    @Test
    void tenThousandLevelsOfQuotesOrListsAreRefusedOnTheirLineWithTheTextKept() {
        assertEquals(200, preview(article("A warm-up, not timed.")).statusCode());
        for (String deep : new String[] { "> ".repeat(10_000) + "deep", "- ".repeat(10_000) + "deep" }) {
            String text = article(deep);
            String token = teacher.csrfToken(ArticleImportTest.IMPORT);
            long start = System.nanoTime();
            Response response = preview(token, text);
            long millis = (System.nanoTime() - start) / 1_000_000;
            Document page = Browser.refused(response);
            assertTrue(
                    page.select("#text-error, .field-error, .error-summary").text().contains("nested up to 10 levels"),
                    page.select("main").text());
            assertTrue(page.select("textarea[name=text]").text().contains(deep.substring(0, 200)), "the text is kept");
            // Generous for a busy test machine: rendering it, before the bound, never answered at all (stack overflow).
            assertTrue(millis < 5000, "answered in " + millis + " ms");
        }
    }
}
