package org.roundtable.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.roundtable.web.Assets.Asset;
import org.roundtable.web.Assets.Snapshot;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Serves the static files. At a versioned URL ({@code /assets/HASH/css/app.css}) a file never
 * changes, so browsers keep it for a year without asking. At the old unversioned URLs
 * (bookmarks, pages saved before an upgrade) they ask every time and get a 304 when nothing
 * changed. A versioned URL whose hash is not this build's (a page from the other instance during
 * an upgrade) still gets the file, revalidated like an unversioned one, so no browser keeps the
 * wrong file for a year.
 */
@ApplicationScoped
public class AssetRoutes {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String REVALIDATE = "no-cache";
    /** After the CSRF cookie binder, before Quarkus's own static file handler. */
    private static final int ORDER = -500;

    private final Assets assets;

    AssetRoutes(Assets assets) {
        this.assets = assets;
    }

    void register(@Observes StartupEvent event, Router router) {
        for (String path : new String[] { Assets.PREFIX + "*", "/css/*", "/js/*", "/favicon.svg" }) {
            router.route(HttpMethod.GET, path).order(ORDER).handler(this::serve);
            router.route(HttpMethod.HEAD, path).order(ORDER).handler(this::serve);
        }
    }

    private void serve(RoutingContext context) {
        String path = context.normalizedPath();
        Snapshot snapshot = assets.snapshot();
        String cache = REVALIDATE;
        if (path.startsWith(Assets.PREFIX)) {
            int slash = path.indexOf('/', Assets.PREFIX.length());
            if (slash < 0) {
                context.next();
                return;
            }
            cache = path.substring(Assets.PREFIX.length(), slash).equals(snapshot.version()) ? IMMUTABLE : REVALIDATE;
            path = path.substring(slash);
        }
        Asset asset = snapshot.files().get(path);
        if (asset == null) {
            context.next();
            return;
        }
        send(context, asset, cache);
    }

    private static void send(RoutingContext context, Asset asset, String cache) {
        HttpServerResponse response = context.response();
        MultiMap headers = response.headers();
        headers.set(HttpHeaders.CACHE_CONTROL, cache);
        headers.set(HttpHeaders.ETAG, asset.etag());
        headers.set(HttpHeaders.LAST_MODIFIED, DateTimeFormatter.RFC_1123_DATE_TIME.format(
                ZonedDateTime.ofInstant(asset.modified(), ZoneOffset.UTC)));
        headers.set(HttpHeaders.CONTENT_TYPE, asset.type());
        // Quarkus marks every answer "identity" when compression is on; text files may be compressed,
        // and a shared cache must then keep the gzipped and the plain copy apart.
        headers.remove(HttpHeaders.CONTENT_ENCODING);
        headers.set(HttpHeaders.VARY, "Accept-Encoding");
        if (unchanged(context, asset)) {
            response.setStatusCode(304).end();
        } else if (context.request().method() == HttpMethod.HEAD) {
            headers.set(HttpHeaders.CONTENT_LENGTH, String.valueOf(asset.bytes().length));
            response.end();
        } else {
            response.end(Buffer.buffer(asset.bytes()));
        }
    }

    /** Whether the browser's copy is this one (by ETag, or else by date). */
    static boolean unchanged(RoutingContext context, Asset asset) {
        String match = context.request().getHeader(HttpHeaders.IF_NONE_MATCH);
        if (match != null) {
            return match.contains(asset.etag()) || match.strip().equals("*");
        }
        String since = context.request().getHeader(HttpHeaders.IF_MODIFIED_SINCE);
        if (since == null) {
            return false;
        }
        try {
            Instant then = ZonedDateTime.parse(since, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return !asset.modified().isAfter(then);
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
