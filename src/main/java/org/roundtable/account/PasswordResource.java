package org.roundtable.account;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.roundtable.language.Messages;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A teacher changes their password. Every session of the account ends, so a browser
 * signed in with the old password (a lost laptop, a shared computer) is signed out.
 */
@Path(AccountPaths.PASSWORD)
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.TEACHER)
public class PasswordResource {

    /** The page's address as the tests know it. */
    static final String PATH = AccountPaths.PASSWORD;

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance password(boolean mustChange, boolean changed, Map<String, String> errors);
    }

    private final AccountPages pages;

    PasswordResource(AccountPages pages) {
        this.pages = pages;
    }

    /** {@code changed=1} is where a successful change lands, to confirm it. */
    @GET
    public TemplateInstance form(@RestQuery String changed) {
        Viewer viewer = pages.viewer();
        return Templates.password(viewer.mustChangePassword(), "1".equals(changed), Map.of());
    }

    /**
     * Not one transaction: the current password is counted against a limit, then checked and the
     * new one hashed with no connection held, and only then are the hash and sessions written.
     */
    @POST
    public Response change(@RestForm String current, @RestForm("password") String newPassword,
            @RestForm String repeat) {
        long accountId = pages.viewer().accountId();
        Account account = QuarkusTransaction.requiringNew().call(() -> Account.findById(accountId));
        if (account == null) {
            throw new NotFoundException();
        }
        try (Passwords.Turn turn = Passwords.turn()) {
            return change(account, current, newPassword, repeat);
        } catch (Passwords.Busy busy) { // nothing changed; the fields are empty again, as on any refusal
            return busy.answer().entity(page(account, Map.of("current", busy.inWords()))).build();
        }
    }

    private Response change(Account account, String current, String newPassword, String repeat) {
        long accountId = account.id;
        Throttle.Guess guess = current == null || current.isEmpty() ? null
                : pages.throttle().guess(current, account.passwordHash,
                        Throttle.key(Throttle.CURRENT_PASSWORD, String.valueOf(accountId)));
        if (guess != null && guess.refused()) {
            String wait = Messages.now(AccountMsg.class).tooManyWrong(guess.attempt().waitInWords());
            return guess.attempt().tooMany().entity(page(account, Map.of("current", wait))).build();
        }
        Map<String, String> errors = currentPasswordProblems(guess);
        errors.putAll(newPasswordProblems(current, newPassword, repeat));
        if (!errors.isEmpty()) {
            // Password fields are never filled in again: the page could end up in a cache.
            return Response.status(400).entity(page(account, errors)).build();
        }
        String hash = Passwords.hash(newPassword);
        return pages.sessions().start(AccountPaths.PASSWORD + "?changed=1", () -> changePassword(accountId, hash))
                .build();
    }

    /** @param guess the counted attempt, null when no current password was typed */
    private static Map<String, String> currentPasswordProblems(Throttle.Guess guess) {
        Map<String, String> errors = new LinkedHashMap<>();
        AccountMsg words = Messages.now(AccountMsg.class);
        if (guess == null) {
            errors.put("current", words.enterCurrent());
        } else if (!guess.matched()) {
            errors.put("current", words.notCurrent());
        }
        return errors;
    }

    /** Stores the new hash and ends every session of the account, for a fresh one to be opened. */
    private static Account changePassword(long accountId, String hash) {
        Account changed = Account.findById(accountId);
        changed.passwordHash = hash;
        changed.mustChangePassword = false;
        UserSession.endAllFor(changed);
        return changed;
    }

    private static TemplateInstance page(Account account, Map<String, String> errors) {
        return Templates.password(account.mustChangePassword, false, errors);
    }

    private static Map<String, String> newPasswordProblems(String current, String newPassword, String repeat) {
        Map<String, String> errors = new LinkedHashMap<>();
        AccountMsg words = Messages.now(AccountMsg.class);
        String problem = Passwords.problem(newPassword);
        if (problem != null) {
            errors.put("password", problem);
        } else if (newPassword.equals(current)) {
            errors.put("password", words.sameAsCurrent());
        } else if (!newPassword.equals(repeat)) {
            errors.put("repeat", words.notSame());
        }
        return errors;
    }
}
