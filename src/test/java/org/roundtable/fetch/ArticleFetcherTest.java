package org.roundtable.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.fetch.FetchRefusedException.Reason;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** The fetcher against a local server the test allows, and the addresses it must refuse without connecting. */
class ArticleFetcherTest {

    private HttpServer server;
    private String base;
    private ArticleFetcher fetcher;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/article", ex -> answer(ex, 200, "text/html; charset=utf-8",
                "<html><head><title>Вітаю</title></head><body><p>Привіт, світ</p></body></html>"));
        server.createContext("/legacy", ex -> {
            byte[] bytes = "<html><head><meta charset=\"windows-1251\"></head><body>Київ</body></html>"
                    .getBytes(java.nio.charset.Charset.forName("windows-1251"));
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.createContext("/notes.txt", ex -> answer(ex, 200, "text/plain; charset=utf-8", "1986. Plain text"));
        server.createContext("/moved", ex -> redirect(ex, "/article"));
        server.createContext("/to-private", ex -> redirect(ex, "http://10.0.0.1/admin"));
        server.createContext("/to-metadata", ex -> redirect(ex, "http://169.254.169.254/latest/meta-data/"));
        server.createContext("/loop", ex -> redirect(ex, "/loop"));
        server.createContext("/image", ex -> answer(ex, 200, "image/png", "\u0089PNG"));
        server.createContext("/missing", ex -> answer(ex, 404, "text/html", "<p>Not found</p>"));
        server.createContext("/huge", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0); // chunked, no length announced: the reader must stop by itself
            byte[] kilobyte = "<p>padding</p>".repeat(73).getBytes(StandardCharsets.UTF_8);
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 6 * 1024; i++) {
                    out.write(kilobyte);
                }
            } catch (IOException closedByReader) {
                // the fetcher hung up, as it should
            }
        });
        server.createContext("/slow", ex -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            answer(ex, 200, "text/html", "<p>late</p>");
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        String hostPort = "127.0.0.1:" + server.getAddress().getPort();
        base = "http://" + hostPort;
        fetcher = new ArticleFetcher(Optional.of(List.of(hostPort)), Duration.ofSeconds(1));
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void readsAPageFromAnAllowedHostWithItsCharset() throws FetchRefusedException {
        FetchedPage page = fetcher.fetch(base + "/article");
        assertEquals("text/html", page.contentType());
        assertTrue(page.body().contains("Привіт, світ"), page.body());
        assertEquals(base + "/article", page.url());
    }

    @Test
    void readsTheCharsetAPageNamesAndPlainText() throws FetchRefusedException {
        assertTrue(fetcher.fetch(base + "/legacy").body().contains("Київ"));
        FetchedPage text = fetcher.fetch(base + "/notes.txt");
        assertEquals("text/plain", text.contentType());
        assertEquals("1986. Plain text", text.body());
    }

    @Test
    void followsARedirectAndReportsTheFinalAddress() throws FetchRefusedException {
        assertEquals(base + "/article", fetcher.fetch(base + "/moved").url());
    }

    @Test
    void refusesLoopbackPrivateAndMetadataAddresses() {
        for (String address : List.of("http://127.0.0.1/", "http://[::1]/", "http://10.0.0.1/",
                "http://169.254.169.254/latest/meta-data/", "http://192.168.1.1/", "http://172.16.0.1/",
                "http://100.64.0.1/", "http://0.0.0.0/", "http://[::ffff:127.0.0.1]/", "http://[fe80::1]/",
                "http://[fd00::1]/", "https://localhost/")) {
            assertRefused(Reason.PRIVATE_NETWORK.message, address);
        }
    }

    @Test
    void refusesARedirectFromAnAllowedHostToAPrivateAddress() {
        assertRefused(Reason.PRIVATE_NETWORK.message, base + "/to-private");
        assertRefused(Reason.PRIVATE_NETWORK.message, base + "/to-metadata");
    }

    @Test
    void refusesEndlessRedirects() {
        assertRefused("Too many redirects.", base + "/loop");
    }

    @Test
    void refusesOtherSchemesAndPorts() {
        for (String address : List.of("file:///etc/passwd", "ftp://example.org/", "javascript:alert(1)",
                "gopher://example.org:70/", "http://user:secret@example.org/", "")) {
            assertRefused("That is not a web address (http or https).", address);
        }
        assertRefused(Reason.PORT.message, "http://example.org:8080/");
        assertRefused(Reason.PORT.message, "http://127.0.0.1:22/");
    }

    @Test
    void refusesABodyOverFiveMegabytes() {
        assertRefused("The page is larger than 5 MB.", base + "/huge");
    }

    @Test
    void refusesASlowServer() {
        long start = System.nanoTime();
        assertRefused("The page took longer than 1 second.", base + "/slow");
        assertTrue(System.nanoTime() - start < 2_500_000_000L, "gave up at the deadline");
    }

    @Test
    void refusesAnythingButWebPages() {
        assertRefused("Only web pages (HTML or plain text) can be imported.", base + "/image");
    }

    @Test
    void explainsAnErrorAnswer() {
        assertRefused("The site answered with error 404; check the address.", base + "/missing");
    }

    @Test
    void classifiesAddresses() throws IOException {
        for (String a : List.of("127.0.0.2", "10.1.2.3", "172.31.255.255", "192.168.0.1", "169.254.169.254",
                "100.127.0.1", "224.0.0.1", "255.255.255.255", "::", "::1", "fc00::1", "fe80::1", "ff02::1",
                "64:ff9b::7f00:1", "2002:7f00:1::", "2001:db8::1")) {
            assertFalse(PublicAddresses.isPublic(InetAddress.getByName(a)), a);
        }
        for (String a : List.of("93.184.216.34", "1.1.1.1", "172.32.0.1", "100.128.0.1", "2606:4700::1111")) {
            assertTrue(PublicAddresses.isPublic(InetAddress.getByName(a)), a);
        }
    }

    private void assertRefused(String message, String address) {
        FetchRefusedException e = assertThrows(FetchRefusedException.class, () -> fetcher.fetch(address), address);
        assertEquals(message, e.getMessage(), address);
    }

    private static void answer(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void redirect(HttpExchange ex, String location) throws IOException {
        ex.getResponseHeaders().set("Location", location);
        ex.sendResponseHeaders(302, -1);
        ex.close();
    }
}
