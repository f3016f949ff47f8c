package org.roundtable.account;

import java.time.Clock;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A teacher changes their password. Every session of the account ends, so a browser
 * signed in with the old password (a lost laptop, a shared computer) is signed out.
 */
@Path(PasswordResource.PATH)
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.TEACHER)
public class PasswordResource {

    static final String PATH = "/account/password";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance password(boolean mustChange, boolean changed, Map<String, String> errors);
    }

    private final SecurityIdentity identity;
    private final SessionCookie cookie;
    private final Throttle throttle;

    private final Clock clock;

    PasswordResource(SecurityIdentity identity, SessionCookie cookie, Throttle throttle, Clock clock) {
        this.clock = clock;
        this.identity = identity;
        this.cookie = cookie;
        this.throttle = throttle;
    }

    /** {@code changed=1} is where a successful change lands, to confirm it. */
    @GET
    public TemplateInstance form(@RestQuery String changed) {
        Viewer viewer = Viewer.of(identity);
        return Templates.password(viewer.mustChangePassword(), "1".equals(changed), Map.of());
    }

    /**
     * Not one transaction: the current password is counted against a limit, then checked and the
     * new one hashed with no connection held, and only then are the hash and sessions written.
     */
    @POST
    public Response change(@RestForm String current, @RestForm("password") String newPassword,
            @RestForm String repeat) {
        long accountId = Viewer.of(identity).accountId();
        Account account = QuarkusTransaction.requiringNew().call(() -> Account.findById(accountId));
        if (account == null) {
            throw new NotFoundException();
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (current == null || current.isEmpty()) {
            errors.put("current", "Enter your current password.");
        } else {
            Throttle.Attempt attempt = throttle.attempt(Throttle.key(Throttle.CURRENT_PASSWORD, String.valueOf(accountId)));
            if (attempt.refused()) {
                errors.put("current", "Too many wrong attempts. For your security, try again in "
                        + Throttle.inWords(attempt.retryAfter()) + ".");
                return page(429, account, errors).header(HttpHeaders.RETRY_AFTER, Throttle.seconds(attempt.retryAfter()))
                        .build();
            }
            if (Passwords.matches(current, account.passwordHash)) {
                throttle.forgive(attempt);
            } else {
                errors.put("current", "That is not your current password.");
            }
        }
        errors.putAll(newPasswordProblems(current, newPassword, repeat));
        if (!errors.isEmpty()) {
            // Password fields are never filled in again: the page could end up in a cache.
            return page(400, account, errors).build();
        }
        String hash = Passwords.hash(newPassword);
        String token = QuarkusTransaction.requiringNew().call(() -> {
            Account changed = Account.findById(accountId);
            changed.passwordHash = hash;
            changed.mustChangePassword = false;
            UserSession.endAllFor(changed);
            return UserSession.open(changed, clock.instant());
        });
        return Response.seeOther(URI.create(PATH + "?changed=1")).cookie(cookie.issue(token)).build();
    }

    private static Response.ResponseBuilder page(int status, Account account, Map<String, String> errors) {
        return Response.status(status).entity(Templates.password(account.mustChangePassword, false, errors));
    }

    private static Map<String, String> newPasswordProblems(String current, String newPassword, String repeat) {
        Map<String, String> errors = new LinkedHashMap<>();
        String problem = Passwords.problem(newPassword);
        if (problem != null) {
            errors.put("password", problem);
        } else if (newPassword.equals(current)) {
            errors.put("password", "Choose a password different from your current one.");
        } else if (!newPassword.equals(repeat)) {
            errors.put("repeat", "The two new passwords are not the same. Type the new password again.");
        }
        return errors;
    }
}
