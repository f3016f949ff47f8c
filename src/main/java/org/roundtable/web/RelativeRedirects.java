package org.roundtable.web;

import java.net.URI;
import java.net.URISyntaxException;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Every redirect names a path on this site, never a host. JAX-RS makes a relative
 * {@code Location} absolute from the request's Host header, which the client chose: a
 * forged Host would otherwise send the browser (or poison a cache) to any site. The
 * application never redirects elsewhere, so the scheme and host are simply dropped.
 */
@ApplicationScoped
public class RelativeRedirects {

    void register(@Observes Filters filters) {
        filters.register(context -> {
            context.addHeadersEndHandler(ignored -> {
                HttpServerResponse response = context.response();
                String location = response.headers().get(HttpHeaders.LOCATION);
                if (location != null) {
                    response.headers().set(HttpHeaders.LOCATION, relative(location));
                }
            });
            context.next();
        }, 990);
    }

    /** The path, query and fragment of a location; "/" when it has no usable path. */
    static String relative(String location) {
        try {
            URI uri = new URI(location);
            if (uri.getRawAuthority() == null && uri.getScheme() == null && !location.startsWith("//")) {
                return location;
            }
            // "//host" would name a host again; a path never starts with two slashes here.
            String path = uri.getRawPath() == null ? "/" : "/" + uri.getRawPath().replaceFirst("^/+", "");
            return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                    + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
        } catch (URISyntaxException e) {
            return "/";
        }
    }
}
