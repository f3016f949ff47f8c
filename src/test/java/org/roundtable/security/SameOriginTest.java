package org.roundtable.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.roundtable.support.Browser;
import org.roundtable.support.Fixtures;
import org.roundtable.support.People;
import org.roundtable.support.People.Person;
import org.roundtable.support.Routes;
import org.roundtable.support.Routes.Route;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;

/**
 * No page makes the browser fetch anything from another site: every script, stylesheet,
 * image, icon and form target is this site's own (no CDN, web font or analytics).
 * Links written by students or in articles are plain navigation, so only those are exempt.
 */
@QuarkusTest
class SameOriginTest {

    @Inject
    Fixtures fixtures;

    static boolean sameOrigin(String url) {
        return url.isEmpty() || url.startsWith("#") || (url.startsWith("/") && !url.startsWith("//"))
                || url.startsWith("?");
    }

    @Test
    void everyPageLoadsOnlyThisSitesOwnFiles() {
        fixtures.reset();
        Person teacher = People.teacher(fixtures, "owner");
        long admin = fixtures.teacher("admin3", "admin password 123", true);
        Fixtures.TestClass c = fixtures.createClass("Private", 0, teacher.id());
        Person student = People.student(fixtures, c.id(), "Sam");
        long post = fixtures.post(c.discussions().get(0), student.id(), null,
                "See [a source](https://example.org/article) for more.");
        Map<String, Object> ids = new HashMap<>();
        ids.put("classId", c.id());
        ids.put("discussionId", c.discussions().get(0));
        ids.put("postId", post);
        ids.put("studentId", student.id());
        ids.put("assignmentId", fixtures.assignmentIds(c.id()).get(0));
        ids.put("articleId", c.articleId());
        ids.put("id", teacher.id());

        Browser adminBrowser = People.signedIn(fixtures, admin).browser();
        List<String> checked = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Route route : Routes.all()) {
            String template = route.template();
            if (!route.isGet() || template.endsWith("/events") || template.endsWith(".csv")
                    || template.startsWith("/test-only")) {
                continue;
            }
            String path = Routes.fill(template, ids);
            Browser browser = template.startsWith("/admin") ? adminBrowser
                    : template.startsWith("/teach") || template.startsWith("/account") ? teacher.browser()
                    : student.browser();
            Response response = browser.get(path);
            if (response.statusCode() != 200 || !String.valueOf(response.contentType()).startsWith("text/html")) {
                continue;
            }
            checked.add(path);
            Document page = Browser.html(response);
            for (Element element : page.select("[src], link[href], form[action], [formaction], a[href]")) {
                boolean userLink = element.tagName().equals("a")
                        && !element.parents().select(".post-body, .article-section, .post-preview").isEmpty();
                for (String attribute : List.of("src", "href", "action", "formaction")) {
                    String url = element.attr(attribute);
                    if (element.hasAttr(attribute) && !userLink && !sameOrigin(url)) {
                        failures.add(path + ": <" + element.tagName() + " " + attribute + "=" + url + ">");
                    }
                }
            }
            assertTrue(page.select("link[rel=stylesheet]").eachAttr("href").stream().allMatch(h -> h.startsWith("/")));
        }
        assertTrue(checked.size() >= 20, "pages checked: " + checked);
        assertEquals(List.of(), failures);
    }
}
