package org.roundtable.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.roundtable.support.Browser;
import org.roundtable.support.ClassWithPost;
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
        ClassWithPost owned = ClassWithPost.create(fixtures, "owner", "Private",
                "See [a source](https://example.org/article) for more.");
        long admin = fixtures.teacher("admin3", "admin password 123", true);
        Person teacher = owned.teacher();
        Person student = owned.student();
        Map<String, Object> ids = owned.ids(fixtures, teacher.id());

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
