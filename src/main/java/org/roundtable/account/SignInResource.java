package org.roundtable.account;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.roundtable.account.DeviceCookie.Device;
import org.roundtable.language.Messages;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
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
 * Signing in is not one transaction: the account is read, the attempt counted, the password
 * checked with no connection held, and only then is the session written.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SignInResource {

    /** One message whatever was wrong, so the form does not tell who has an account. */
    /** Tells the browser to forget what this site stored in it: drafts on a shared computer. */
    static final String CLEAR_SITE_DATA = "Clear-Site-Data";

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance signin(String username, String next, Map<String, String> errors);
    }

    private final AccountPages pages;

    SignInResource(AccountPages pages) {
        this.pages = pages;
    }

    @GET
    @Path(AccountPaths.SIGN_IN)
    public Response signinPage(@RestQuery String next, @Context HttpHeaders headers) {
        return pages.device(headers).remember(Response.ok(Templates.signin("", LocalPaths.orNull(next), Map.of())))
                .build();
    }

    @POST
    @Path(AccountPaths.SIGN_IN)
    public Response signin(@RestForm String username, @RestForm String password, @RestForm String next,
            @Context HttpHeaders headers, @Context HttpServerRequest request) {
        String kept = username == null ? "" : username;
        String typed = kept.strip();
        Device device = pages.device(headers);
        Map<String, String> errors = missing(typed, password);
        if (!errors.isEmpty()) {
            return refuse(Response.status(400), kept, next, errors, device);
        }
        try (Passwords.Turn turn = Passwords.turn()) {
            return signIn(kept, password, next, headers, request, device);
        } catch (Passwords.Busy busy) {
            return refuse(busy.answer(), kept, next, Map.of("password", busy.inWords()), device);
        }
    }

    /** Checks the password of a form with both fields filled, in this request's turn for bcrypt. */
    private Response signIn(String kept, String password, String next, HttpHeaders headers,
            HttpServerRequest request, Device device) {
        String typed = kept.strip();
        SignInCheck check = QuarkusTransaction.requiringNew().call(() -> SignInCheck.of(typed, device.key()));
        Throttle.Guess guess = pages.throttle().guess(password, check.hash(),
                check.limits(typed, device.key(), Throttle.address(request)));
        if (guess.refused()) {
            String wait = Messages.now(AccountMsg.class).tooManyAttempts(guess.attempt().waitInWords());
            return refuse(guess.attempt().tooMany(), kept, next, Map.of("password", wait), device);
        }
        if (!guess.matched()) {
            return refuse(Response.status(400), kept, next,
                    Map.of("password", Messages.now(AccountMsg.class).mismatch()), device);
        }
        String previous = pages.sessions().tokenIn(headers);
        String target = check.mustChangePassword() ? AccountPaths.PASSWORD
                : Objects.requireNonNullElse(LocalPaths.orNull(next), AccountPaths.TEACHER_HOME);
        return device.remember(pages.sessions().start(target, () -> start(check.accountId(), previous, device)))
                .build();
    }

    private static Map<String, String> missing(String username, String password) {
        Map<String, String> errors = new LinkedHashMap<>();
        AccountMsg words = Messages.now(AccountMsg.class);
        if (username.isEmpty()) {
            errors.put("username", words.enterUsername());
        }
        if (password == null || password.isEmpty()) {
            errors.put("password", words.enterPassword());
        }
        return errors;
    }

    /**
     * Whoever was signed in on this browser (say, a student on a shared laptop) is signed out for
     * good, and the teacher gets a fresh token: a token planted before sign-in is worthless.
     */
    private Account start(long accountId, String previousToken, Device device) {
        if (previousToken != null) {
            UserSession.endByToken(previousToken);
        }
        Account account = Account.findById(accountId);
        KnownDevice.remember(account, device.key(), pages.sessions().now());
        return account;
    }

    @POST
    @Path(AccountPaths.SIGN_OUT)
    @Transactional
    public Response signout(@Context HttpHeaders headers) {
        String token = pages.sessions().tokenIn(headers);
        if (token != null) {
            UserSession.endByToken(token);
        }
        return Response.seeOther(URI.create(AccountPaths.SITE_HOME)).cookie(pages.sessions().expire())
                .header(CLEAR_SITE_DATA, "\"storage\"").build();
    }

    /** The form again, as typed but for the password, with {@code status} and the messages. */
    private static Response refuse(Response.ResponseBuilder status, String username, String next,
            Map<String, String> errors, Device device) {
        return device.remember(status.entity(Templates.signin(username, LocalPaths.orNull(next), errors))).build();
    }
}
