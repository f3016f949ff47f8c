package org.roundtable.discussion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.roundtable.support.Browser;
import org.roundtable.support.ClassWithStudents;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The article beside the answer form: every section to open while writing, the cited one open, and a way to the
 * article page and back that keeps the draft without JavaScript.
 */
@QuarkusTest
class EvidenceBesideTheFormTest extends ClassWithStudents {

    EvidenceBesideTheFormTest() {
        super("mrevidence", "Evidence", "Ana", "Ben");
    }

    private String sectionId(Document page, int index) {
        return page.select("#answer-section option").get(index + 1).val(); // after "No section"
    }

    @Test
    void theDiscussionPageShowsEachSectionBesideTheFormWithTheCitedOneOpen() {
        Document page = ana.browser().page(q1);
        Elements sections = page.select("aside.evidence details.evidence-section[data-section]");
        assertEquals(page.select("#answer-section option").size() - 1, sections.size());
        assertTrue(page.select("aside.evidence details[open]").isEmpty(), "nothing cited, nothing open");
        assertTrue(sections.first().select(".evidence-text p").size() > 0, "the section's text is there");

        String third = sectionId(page, 2);
        Response refused = ana.browser().submit(q1, q1 + "/posts",
                Map.of("body", "", "sectionId", third, "key", UUID.randomUUID().toString()));
        assertEquals(400, refused.statusCode());
        Elements open = Browser.html(refused).select("aside.evidence details[open]");
        assertEquals(1, open.size());
        assertEquals("evidence-" + third, open.first().id());
    }

    @Test
    void openingASectionKeepsTheDraftForTheWayBack() {
        Document page = ana.browser().page(q1);
        String third = sectionId(page, 2);
        Element button = page.selectFirst("#evidence-" + third + " button[name=read]");
        assertNotNull(button, "each section has a button that keeps the draft");
        assertEquals("answer-form", button.attr("form"));

        Response kept = ana.browser().submit(q1, button.attr("formaction"),
                Map.of("body", "Half of my answer", "sectionId", third, "stance", "AGREE", "read", third));
        assertEquals(303, kept.statusCode());
        String location = kept.header("Location");
        String article = "/classes/" + c.id() + "/articles/" + fixtures.bundledArticleId();
        assertTrue(location.startsWith(article + "?from=" + c.discussions().get(0) + "&section="), location);

        Document reading = ana.browser().page(location.substring(0, location.indexOf('#')));
        Elements back = reading.select(".back-to-answer a");
        assertEquals(2, back.size(), "at the top and after the section opened");
        String anchor = location.substring(location.indexOf('#') + 1);
        assertNotNull(reading.getElementById(anchor).selectFirst(".back-to-answer a"));

        String href = back.first().attr("href");
        assertTrue(href.endsWith("#answer-form"), href);
        String way = href.substring(0, href.indexOf('#')); // a browser keeps the fragment to itself
        Document again = ana.browser().page(way);
        assertEquals("Half of my answer", again.select("#answer-body").text());
        assertEquals(third, again.select("#answer-section option[selected]").val());
        assertEquals("AGREE", again.select("input[name=stance][checked]").val());
        assertEquals("", ben.browser().page(way).select("#answer-body").text(),
                "a draft is its writer's only");

        answer(ana, "My whole answer");
        assertEquals(0, fixtures.count(PostDraft.class));
        assertEquals("", ana.browser().page(way).select("#answer-body").text());
    }

    @Test
    void theArticlePageOffersNoWayBackWhenNotOpenedFromADiscussionOfIt() {
        String article = "/classes/" + c.id() + "/articles/" + fixtures.bundledArticleId();
        assertTrue(ana.browser().page(article).select(".back-to-answer").isEmpty());
        assertTrue(ana.browser().page(article + "?from=999999").select(".back-to-answer").isEmpty());
    }
}
