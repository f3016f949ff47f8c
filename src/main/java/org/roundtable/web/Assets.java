package org.roundtable.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.runtime.LaunchMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * The static files pages link, read once at start, and their versioned URLs
 * ({@code inject:assets.url('/css/app.css')} gives {@code /assets/HASH/css/app.css}). A path
 * prefix rather than a query string, so the stylesheet's relative imports are versioned too.
 * In dev mode the files are read again on every use, so an edited stylesheet shows at once.
 */
@ApplicationScoped
@Named("assets")
public class Assets {

    static final String PREFIX = "/assets/";
    /** What the layout links; the stylesheet's imports are followed from it. */
    static final List<String> ENTRIES = List.of("css/app.css", "favicon.svg", "js/words.js", "js/roundtable.js",
            "js/notices.js", "js/wordcount.js", "js/glossary.js", "js/evidence.js");
    private static final String ROOT = "META-INF/resources/";

    /** One static file as served: its bytes, type, ETag and when it was built. */
    record Asset(byte[] bytes, String type, String etag, Instant modified) {
    }

    /** The files by path ("/css/app.css") and the version over all of them. */
    record Snapshot(Map<String, Asset> files, String version) {
    }

    private final boolean reread = LaunchMode.current() == LaunchMode.DEVELOPMENT;
    private volatile Snapshot loaded;

    /** The versioned URL of a file the layout links; an unknown file is a mistake in a template. */
    public String url(String path) {
        Snapshot now = snapshot();
        if (!now.files().containsKey(path)) {
            throw new IllegalArgumentException("not a static file the pages may link: " + path);
        }
        return PREFIX + now.version() + path;
    }

    Snapshot snapshot() {
        Snapshot now = loaded;
        if (now == null || reread) {
            now = load();
            loaded = now;
        }
        return now;
    }

    static Snapshot load() {
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        Map<String, Instant> modified = new LinkedHashMap<>();
        Deque<String> todo = new ArrayDeque<>(ENTRIES);
        while (!todo.isEmpty()) {
            String path = todo.pop();
            if (bytes.containsKey(path)) {
                continue;
            }
            URL url = Thread.currentThread().getContextClassLoader().getResource(ROOT + path);
            if (url == null) {
                throw new IllegalStateException("missing static file " + path);
            }
            bytes.put(path, read(url));
            modified.put(path, modifiedAt(url));
            if (path.endsWith(".css")) {
                todo.addAll(AssetVersion.importsOf(path, new String(bytes.get(path), StandardCharsets.UTF_8)));
            }
        }
        Map<String, Asset> files = new LinkedHashMap<>();
        bytes.forEach((path, content) -> files.put("/" + path,
                new Asset(content, typeOf(path), "\"" + AssetVersion.ofFile(content) + "\"", modified.get(path))));
        return new Snapshot(Map.copyOf(files), AssetVersion.of(bytes));
    }

    static String typeOf(String path) {
        if (path.endsWith(".css")) {
            return "text/css; charset=UTF-8";
        }
        if (path.endsWith(".js")) {
            return "text/javascript; charset=UTF-8";
        }
        return path.endsWith(".svg") ? "image/svg+xml" : "application/octet-stream";
    }

    private static byte[] read(URL url) {
        try (InputStream in = url.openStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** When the file was built (a jar entry keeps its time); the start when nothing says. */
    private static Instant modifiedAt(URL url) {
        try {
            long at = url.openConnection().getLastModified();
            return at > 0 ? Instant.ofEpochMilli(at / 1000 * 1000) : Instant.now().truncatedTo(ChronoUnit.SECONDS);
        } catch (IOException e) {
            return Instant.now().truncatedTo(ChronoUnit.SECONDS);
        }
    }
}
