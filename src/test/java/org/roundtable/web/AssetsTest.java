package org.roundtable.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.roundtable.support.Browser;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;

/**
 * Pages link the static files at URLs that carry their content's hash, kept by browsers for a
 * year; the old URLs still work and are asked about every time, so an upgrade shows at once.
 */
@QuarkusTest
class AssetsTest {

    private static final String VERSIONED = "/assets/[0-9a-f]{12}/";

    @Test
    void pagesLinkVersionedUrls() {
        Document page = new Browser().page("/join");
        String css = page.select("link[rel=stylesheet]").attr("href");
        assertTrue(css.matches(VERSIONED + "css/app\\.css"), css);
        assertTrue(page.select("link[rel=icon]").attr("href").matches(VERSIONED + "favicon\\.svg"));
        List<String> scripts = page.select("script[src]").eachAttr("src");
        assertEquals(6, scripts.size(), scripts.toString());
        assertTrue(scripts.stream().allMatch(src -> src.matches(VERSIONED + "js/[a-z]+\\.js")), scripts.toString());
        assertTrue(scripts.contains(css.replace("css/app.css", "js/roundtable.js")), "one version for all");
    }

    @Test
    void aVersionedUrlIsKeptForAYearAndServesTheFile() {
        String css = new Browser().page("/join").select("link[rel=stylesheet]").attr("href");
        Response versioned = get(css);
        Response plain = get("/css/app.css");

        assertEquals(200, versioned.statusCode());
        assertEquals("public, max-age=31536000, immutable", versioned.header("Cache-Control"));
        assertEquals("Accept-Encoding", versioned.header("Vary"), "a shared cache keeps gzipped and plain apart");
        assertTrue(versioned.contentType().startsWith("text/css"), versioned.contentType());
        assertEquals(plain.asString(), versioned.asString());
        assertTrue(versioned.asString().contains("@import url(\"base.css\")"));
        Response part = get(css.replace("app.css", "base.css"));
        assertEquals(200, part.statusCode(), "the imported part, at the same version");
        assertEquals("public, max-age=31536000, immutable", part.header("Cache-Control"));
        assertTrue(versioned.header("Content-Security-Policy").contains("default-src 'self'"));
        String script = new Browser().page("/join").select("script[src*=roundtable]").attr("src");
        assertTrue(get(script).contentType().contains("javascript"));
    }

    @Test
    void theUnversionedUrlStillWorksButIsRevalidated() {
        Response plain = get("/css/app.css");

        assertEquals(200, plain.statusCode());
        assertEquals("no-cache", plain.header("Cache-Control"));
        assertFalse(plain.header("Cache-Control").contains("immutable"));
        String etag = plain.header("ETag");
        assertNotNull(etag);
        assertNotNull(plain.header("Last-Modified"));
        assertEquals(304, RestAssured.given().header("If-None-Match", etag).get("/css/app.css").statusCode());
        assertEquals(304, RestAssured.given().header("If-Modified-Since", plain.header("Last-Modified"))
                .get("/css/app.css").statusCode());
        assertEquals(200, get("/favicon.svg").statusCode());
        assertEquals("no-cache", get("/js/roundtable.js").header("Cache-Control"));
    }

    @Test
    void anotherBuildsVersionGetsTheFileButNotForAYear() {
        Response other = get("/assets/000000000000/css/app.css");

        assertEquals(200, other.statusCode());
        assertEquals("no-cache", other.header("Cache-Control"));
        assertEquals(404, get("/assets/000000000000/css/nothing.css").statusCode());
        assertEquals(404, get("/css/nothing.css").statusCode());
    }

    private static Response get(String path) {
        return RestAssured.given().redirects().follow(false).get(path);
    }
}
