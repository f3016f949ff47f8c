package org.roundtable.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.support.Fixtures;
import org.roundtable.support.FreshData;
import org.roundtable.support.People;
import org.roundtable.support.People.Person;
import org.roundtable.support.SseClient;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * Text goes out gzipped to a browser that asks for it, so a busy discussion page costs a
 * fraction of its size on a school's network; a live stream never is, so each event leaves
 * the moment it happens instead of waiting in a compressor's buffer.
 */
@QuarkusTest
class CompressionTest extends FreshData {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    Fixtures.TestClass c;
    Person ana;

    @BeforeEach
    void lesson() {
        c = fixtures.createClass("Wire", 0);
        ana = People.student(fixtures, c.id(), "Ana");
        fixtures.configure(c.id(), k -> k.postFirst = false);
        for (int i = 0; i < 5; i++) {
            fixtures.post(c.discussions().get(0), ana.id(), null,
                    "An answer that repeats itself a little, number " + i);
        }
    }

    @Test
    void aDiscussionPageGoesOutGzippedAndMuchSmaller() throws Exception {
        assertShrinks(c.discussionPath(1), "text/html");
    }

    @Test
    void theStylesheetAndTheScriptsGoOutGzipped() throws Exception {
        assertShrinks("/css/app.css", "text/css");
        assertShrinks("/css/discussion.css", "text/css");
        assertShrinks("/js/roundtable.js", "javascript");
    }

    @Test
    void aBrowserThatAsksForNoCompressionGetsThePlainText() throws Exception {
        HttpResponse<byte[]> plain = fetch("/css/app.css", null);
        assertEquals(200, plain.statusCode());
        assertTrue(plain.headers().firstValue("Content-Encoding").filter("gzip"::equals).isEmpty());
        assertTrue(new String(plain.body()).contains("@import"));
    }

    @Test
    void aLiveStreamIsNeverCompressedAndItsEventsArriveAtOnce() throws Exception {
        String q1 = c.discussionPath(1);
        try (SseClient stream = new SseClient("http://localhost:" + RestAssured.port, q1 + "/events",
                Map.of("rt_session", ana.browser().cookie("rt_session")), Map.of("Accept-Encoding", "gzip"))) {
            assertEquals(200, stream.status());
            String encoding = stream.header("Content-Encoding");
            assertTrue(encoding == null || encoding.equals("identity"), "stream encoding: " + encoding);
            stream.awaitReady();
            ana.browser().submit(q1, q1 + "/posts",
                    Map.of("body", "Live and plain", "key", UUID.randomUUID().toString()));
            SseClient.Event event = stream.next("post", SseClient.WAIT);
            assertNotNull(event, "the new post arrived while the stream stayed open");
        }
    }

    private void assertShrinks(String path, String type) throws Exception {
        HttpResponse<byte[]> plain = fetch(path, null);
        HttpResponse<byte[]> gzipped = fetch(path, "gzip");
        assertEquals(200, plain.statusCode(), path);
        assertEquals(200, gzipped.statusCode(), path);
        assertTrue(gzipped.headers().firstValue("Content-Type").orElse("").contains(type), path);
        assertEquals("gzip", gzipped.headers().firstValue("Content-Encoding").orElse(null), path);
        assertNull(plain.headers().firstValue("Content-Encoding").filter("gzip"::equals).orElse(null), path);
        String unzipped = gunzip(gzipped.body());
        assertTrue(unzipped.length() > 0.9 * plain.body().length, path + " unzips to the whole text");
        assertTrue(gzipped.body().length * 2 < plain.body().length,
                path + ": " + gzipped.body().length + " gzipped bytes of " + plain.body().length);
    }

    private HttpResponse<byte[]> fetch(String path, String encoding) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
                .header("Cookie", "rt_session=" + ana.browser().cookie("rt_session"));
        if (encoding != null) {
            request.header("Accept-Encoding", encoding);
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes());
        }
    }
}
