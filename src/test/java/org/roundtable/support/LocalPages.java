package org.roundtable.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A small web server on this machine serving the saved test pages (src/test/resources/articles/pages), for the
 * "a web address" way in. The app is told to allow it ({@code roundtable.import.allowed-hosts}), as an admin would
 * allow a school's own site: everything else on this machine stays refused. {@code /pages/NAME} serves a page,
 * {@code /to-private} redirects into a private network, {@code /text} is plain text, {@code /image} is no page.
 */
@QuarkusTestResource(LocalPages.class)
public class LocalPages implements QuarkusTestResourceLifecycleManager {

    private static volatile int port;
    private HttpServer server;

    /** The address of a path on the server, e.g. {@code LocalPages.at("/pages/with-questions.html")}. */
    public static String at(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/pages/", LocalPages::page);
        server.createContext("/to-private", exchange -> redirect(exchange, "http://10.0.0.1/news"));
        server.createContext("/text", exchange -> answer(exchange, 200, "text/plain; charset=utf-8",
                "School news\n\nThe library opens late\n\nThe library now opens until eight on weekdays.\n"
                        .getBytes(StandardCharsets.UTF_8)));
        server.createContext("/image", exchange -> answer(exchange, 200, "image/png", new byte[] { (byte) 0x89 }));
        server.start();
        port = server.getAddress().getPort();
        return Map.of("roundtable.import.allowed-hosts", "127.0.0.1:" + port);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static void page(HttpExchange exchange) throws IOException {
        String name = exchange.getRequestURI().getPath().substring("/pages/".length());
        try (InputStream in = LocalPages.class.getResourceAsStream("/articles/pages/" + name)) {
            if (in == null || name.contains("/")) {
                answer(exchange, 404, "text/plain", "no such page".getBytes(StandardCharsets.UTF_8));
                return;
            }
            answer(exchange, 200, "text/html; charset=utf-8", in.readAllBytes());
        }
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private static void answer(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
