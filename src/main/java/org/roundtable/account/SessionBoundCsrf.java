package org.roundtable.account;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import io.quarkus.csrf.reactive.runtime.RestCsrfConfig;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Binds the CSRF token to the session. The CSRF extension checks that a form's token equals
 * the CSRF cookie (double submit); a cookie can be planted, though, by a sibling subdomain or
 * over plain HTTP. So for a signed-in browser the only cookie accepted is the one derived from
 * its own session token (an HMAC keyed by that token, which is HttpOnly and never leaves the
 * browser): nothing is stored, and every instance derives the same value. Pages of a signed-in
 * browser carry that token, and the cookie is set to it where it differs. Forms carry it masked
 * ({@link CsrfMask}, {@link FormToken}), a new spelling on every answer, against BREACH.
 *
 * <p>Also refuses state changes that the browser itself labels as sent from another site or
 * a sibling subdomain ({@code Sec-Fetch-Site}), before any token is looked at.
 */
@ApplicationScoped
public class SessionBoundCsrf {

    /** The CSRF extension's token size (quarkus.rest-csrf.token-size, 16 by default). */
    private static final int TOKEN_BYTES_LENGTH = 16;
    private static final byte[] PURPOSE = "roundtable csrf".getBytes(StandardCharsets.US_ASCII);
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> FOREIGN_SITES = Set.of("cross-site", "same-site");
    /** Ahead of every other route, the application's resources included. */
    private static final int BEFORE_EVERYTHING = -1000;

    private final SessionCookie sessionCookie;
    /** The CSRF extension's own settings: its cookie's name and lifetime are the ones bound here. */
    private final RestCsrfConfig csrf;

    SessionBoundCsrf(SessionCookie sessionCookie, RestCsrfConfig csrf) {
        this.sessionCookie = sessionCookie;
        this.csrf = csrf;
    }

    /** The CSRF token of the browser holding this session token. */
    public static String tokenFor(String sessionToken) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(sessionToken.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
            byte[] digest = Arrays.copyOf(mac.doFinal(PURPOSE), TOKEN_BYTES_LENGTH);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /**
     * Before any page is made: a signed-in browser whose CSRF cookie is not its session's gets
     * the right one, in the request (so the CSRF extension hands that token to the page's forms)
     * and in the response. Only safe requests: a state change is judged by {@link #check}.
     */
    void bindPages(@Observes StartupEvent event, Router router) {
        router.route().order(BEFORE_EVERYTHING).handler(context -> {
            String session = sessionToken(context);
            if (session != null && SAFE.contains(context.request().method().name())) {
                String bound = tokenFor(session);
                Cookie held = context.request().getCookie(csrf.cookieName());
                if (held == null || !same(bound, held.getValue())) {
                    context.response().addCookie(Cookie.cookie(csrf.cookieName(), bound)
                            .setPath("/").setHttpOnly(true).setSecure(sessionCookie.secure())
                            .setSameSite(CookieSameSite.LAX).setMaxAge(csrf.cookieMaxAge().toSeconds()));
                }
            }
            context.next();
        });
    }

    private String sessionToken(RoutingContext context) {
        Cookie cookie = context.request().getCookie(sessionCookie.name());
        return cookie == null || cookie.getValue().isBlank() ? null : cookie.getValue();
    }

    private static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * A state change: refused when the browser says it comes from another site, when it is not a
     * form, when the form's masked token does not stand for the CSRF cookie and, for a signed-in
     * browser, unless that cookie is its session's: together the form must carry the session's
     * token. The CSRF extension makes sure a cookie is there; it compares nothing
     * ({@code quarkus.rest-csrf.verify-token=false}), as it knows no masks.
     */
    @ServerRequestFilter(priority = Priorities.USER + 10)
    @WithFormRead
    public Response check(ResteasyReactiveContainerRequestContext request, RoutingContext routing) {
        if (SAFE.contains(request.getMethod())) {
            return null;
        }
        String site = request.getHeaderString("Sec-Fetch-Site");
        if (site != null && FOREIGN_SITES.contains(site)) {
            return Response.status(Response.Status.FORBIDDEN).build();
        }
        if (csrf.requireFormUrlEncoded() && !isForm(request.getMediaType())) {
            return Response.status(Response.Status.BAD_REQUEST).build();
        }
        String session = sessionCookie.tokenIn(request.getCookies());
        String held = sessionCookie.valueIn(request.getCookies(), csrf.cookieName());
        boolean bound = session == null || (held != null && same(tokenFor(session), held));
        boolean carried = held != null && CsrfMask.standsFor(formToken(request), held);
        if (!bound || !carried) {
            return Response.status(Response.Status.BAD_REQUEST).build();
        }
        // A page this answer shows again (a form with its errors) carries the token, as after a GET.
        routing.put(FormToken.CSRF_TOKEN_KEY, held);
        return null;
    }

    private String formToken(ResteasyReactiveContainerRequestContext request) {
        Object value = ((ResteasyReactiveRequestContext) request.getServerRequestContext())
                .getFormParameter(csrf.formFieldName(), true, false);
        return value instanceof String token ? token : null;
    }

    private static boolean isForm(MediaType type) {
        return type != null && (MediaType.APPLICATION_FORM_URLENCODED_TYPE.isCompatible(type)
                || MediaType.MULTIPART_FORM_DATA_TYPE.isCompatible(type));
    }
}
