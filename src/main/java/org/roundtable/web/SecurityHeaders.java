package org.roundtable.web;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Headers on every response, errors included, set before any handler runs. The content
 * security policy allows nothing but this site's own files: no inline script or style
 * exists anywhere, so none is allowed.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
            + "form-action 'self'";
    static final String PERMISSIONS = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), microphone=(), "
            + "payment=(), usb=(), interest-cohort=()";

    @ConfigProperty(name = "roundtable.secure-cookies")
    boolean secure;

    void register(@Observes Filters filters) {
        filters.register(context -> {
            apply(context);
            context.next();
        }, 1000);
    }

    /** Also called by the error pages for failures that happen before any filter ran. */
    void apply(RoutingContext context) {
        MultiMap headers = context.response().headers();
        headers.set("Content-Security-Policy", POLICY);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "same-origin");
        headers.set("Permissions-Policy", PERMISSIONS);
        headers.set("X-Frame-Options", "DENY");
        headers.set("Cross-Origin-Opener-Policy", "same-origin");
        if (!isStatic(pathOf(context))) {
            // Pages carry what only this person may see: never kept by a browser or proxy cache.
            headers.set("Cache-Control", "no-store");
        }
        if (secure) {
            headers.set("Strict-Transport-Security", "max-age=31536000");
        }
    }

    /** The normalised path, or the raw one when it cannot be normalised (a malformed request). */
    private static String pathOf(RoutingContext context) {
        try {
            return context.normalizedPath();
        } catch (IllegalArgumentException malformed) {
            return String.valueOf(context.request().path());
        }
    }

    static boolean isStatic(String path) {
        return path.startsWith(Assets.PREFIX) || path.startsWith("/css/") || path.startsWith("/js/")
                || path.equals("/favicon.svg");
    }
}
