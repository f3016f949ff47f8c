package org.roundtable.account;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Teachers sign in with username and password; students get in through their class
 * code instead. Signing out deletes the session row, so a copied cookie stops working too.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SignInResource {

    /** The teachers' dashboard, where a sign-in lands unless told otherwise. */
    static final String TEACHER_HOME = "/teach";
    /** One message whatever was wrong, so the form does not tell who has an account. */
    static final String MISMATCH = "That username and password do not match.";

    /** Longer than any username can be; longer input is treated as unknown without a query. */
    private static final int MAX_USERNAME_LENGTH = 64;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signin(String username, String next, Map<String, String> errors);
    }

    private final SessionCookie cookie;
    private final Throttle throttle;

    SignInResource(SessionCookie cookie, Throttle throttle) {
        this.cookie = cookie;
        this.throttle = throttle;
    }

    @GET
    @Path("signin")
    public TemplateInstance signinPage(@RestQuery String next) {
        return Templates.signin("", LocalPaths.orNull(next), Map.of());
    }

    @POST
    @Path("signin")
    @Transactional
    public Response signin(@RestForm String username, @RestForm String password, @RestForm String next,
            @Context HttpHeaders headers, @Context io.vertx.core.http.HttpServerRequest request) {
        Map<String, String> errors = new LinkedHashMap<>();
        String typed = username == null ? "" : username.strip();
        String accountKey = typed.toLowerCase(java.util.Locale.ROOT);
        String address = Throttle.address(request);
        java.time.Duration wait = throttle.waitFor(Throttle.SIGN_IN_ACCOUNT, accountKey,
                Throttle.SIGN_IN_ADDRESS, address);
        if (!wait.isZero()) {
            errors.put("password", "Too many attempts. For your security, try again in " + Throttle.inWords(wait) + ".");
            return Response.status(429).header(HttpHeaders.RETRY_AFTER, Throttle.seconds(wait))
                    .entity(Templates.signin(username == null ? "" : username, LocalPaths.orNull(next), errors)).build();
        }
        if (typed.isEmpty()) {
            errors.put("username", "Enter your username.");
        }
        if (password == null || password.isEmpty()) {
            errors.put("password", "Enter your password.");
        }
        Account account = errors.isEmpty() ? teacherFor(typed, password) : null;
        if (errors.isEmpty() && account == null) {
            errors.put("password", MISMATCH);
            throttle.failed(Throttle.SIGN_IN_ACCOUNT, accountKey);
            throttle.failed(Throttle.SIGN_IN_ADDRESS, address);
        } else if (account != null) {
            throttle.succeeded(Throttle.SIGN_IN_ACCOUNT, accountKey);
        }
        if (!errors.isEmpty()) {
            String kept = username == null ? "" : username;
            return Response.status(400).entity(Templates.signin(kept, LocalPaths.orNull(next), errors)).build();
        }

        // Whoever was signed in on this browser (say, a student on a shared laptop) is signed out
        // for good, and the teacher gets a fresh token: a token planted before sign-in is worthless.
        String previous = cookie.tokenIn(headers);
        if (previous != null) {
            UserSession.endByToken(previous);
        }
        String target = account.mustChangePassword ? PasswordResource.PATH
                : Objects.requireNonNullElse(LocalPaths.orNull(next), TEACHER_HOME);
        return Response.seeOther(URI.create(target)).cookie(cookie.issue(UserSession.open(account))).build();
    }

    @POST
    @Path("signout")
    @Transactional
    public Response signout(@Context HttpHeaders headers) {
        String token = cookie.tokenIn(headers);
        if (token != null) {
            UserSession.endByToken(token);
        }
        return Response.seeOther(URI.create("/")).cookie(cookie.expire()).build();
    }

    /**
     * The enabled teacher these credentials belong to, or null. The password is checked
     * (against a dummy hash if need be) before anything else, so every refusal takes as long.
     */
    private static Account teacherFor(String username, String password) {
        Account account = username.length() <= MAX_USERNAME_LENGTH ? Account.findByUsername(username) : null;
        String hash = account != null && account.isTeacher() ? account.passwordHash : null;
        boolean matches = Passwords.matches(password, hash);
        return matches && !account.disabled ? account : null;
    }
}
