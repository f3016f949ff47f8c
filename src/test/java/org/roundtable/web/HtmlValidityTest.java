package org.roundtable.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.support.Fixtures;
import org.roundtable.support.PageTour;
import org.roundtable.support.PageTour.Fetched;
import org.roundtable.support.PageTour.Page;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import nu.validator.client.EmbeddedValidator;

/**
 * Every kind of page is valid HTML (the Nu HTML Checker, in-process) and is built for screen
 * readers: landmarks, one h1, a label for every field, and every error tied to its field.
 */
@QuarkusTest
class HtmlValidityTest {

    @Inject
    Fixtures fixtures;

    PageTour tour;
    List<Fetched> fetched;

    @BeforeEach
    void visitEveryPage() {
        tour = PageTour.build(fixtures);
        fetched = tour.pages().stream().map(tour::fetch).toList();
    }

    @Test
    void theTourVisitsEveryPageOfTheApplication() {
        assertEquals(List.of(), tour.uncoveredRoutes(), "pages the tour does not visit yet");
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < fetched.size(); i++) {
            Page page = tour.pages().get(i);
            Fetched got = fetched.get(i);
            int expected = switch (page.name()) {
                case "not found" -> 404;
                case "forbidden" -> 403;
                case "server error" -> 500;
                default -> page.name().endsWith("with errors") ? 400 : 200;
            };
            if (got.status() != expected || (got.path().startsWith("/signin") && !page.name().startsWith("sign-in"))) {
                wrong.add(page + " answered " + got.status() + " at " + got.path() + ", expected " + expected);
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyPageIsValidHtml() throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < fetched.size(); i++) {
            String html = fetched.get(i).html();
            String report = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
            List<Map<String, Object>> messages = JsonPath.from(report).getList("messages");
            for (Map<String, Object> message : messages) {
                if ("error".equals(message.get("type")) || "non-document-error".equals(message.get("type"))) {
                    errors.add(tour.pages().get(i).name() + ", line " + message.get("lastLine") + ": "
                            + message.get("message") + " — " + message.get("extract"));
                }
            }
        }
        assertEquals(List.of(), errors);
    }

    @Test
    void everyPageHasLandmarksOneHeadingAndLabelledFields() {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < fetched.size(); i++) {
            String name = tour.pages().get(i).name();
            Document page = Jsoup.parse(fetched.get(i).html());
            if (page.select("h1").size() != 1) {
                problems.add(name + ": " + page.select("h1").size() + " h1 elements");
            }
            if (page.select("main#main").size() != 1 || page.select("header").isEmpty()
                    || page.select("footer").isEmpty()) {
                problems.add(name + ": missing header, main or footer landmark");
            }
            if (page.select("a.skip-link[href=#main]").isEmpty()) {
                problems.add(name + ": no skip link");
            }
            if (page.title().isBlank()) {
                problems.add(name + ": no title");
            }
            for (Element field : page.select("input:not([type=hidden]):not([type=submit]), select, textarea")) {
                boolean labelled = !field.id().isEmpty() && !page.select("label[for=" + field.id() + "]").isEmpty()
                        || field.hasAttr("aria-label") || field.hasAttr("aria-labelledby")
                        || field.parents().stream().anyMatch(p -> p.tagName().equals("label"));
                if (!labelled) {
                    problems.add(name + ": unlabelled field " + field.attr("name"));
                }
            }
            Set<String> described = page.select("[aria-describedby]").stream()
                    .flatMap(e -> List.of(e.attr("aria-describedby").split("\\s+")).stream())
                    .collect(Collectors.toSet());
            for (Element error : page.select(".field-error[id]")) {
                if (!described.contains(error.id())) {
                    problems.add(name + ": error " + error.id() + " is not tied to its field");
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(fetched.stream().anyMatch(f -> f.html().contains("field-error")), "the tour shows some errors");
    }
}
