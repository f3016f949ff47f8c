package org.roundtable.account;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
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

    PasswordResource(SecurityIdentity identity, SessionCookie cookie) {
        this.identity = identity;
        this.cookie = cookie;
    }

    /** {@code changed=1} is where a successful change lands, to confirm it. */
    @GET
    public TemplateInstance form(@RestQuery String changed) {
        Viewer viewer = Viewer.of(identity);
        return Templates.password(viewer.mustChangePassword(), "1".equals(changed), Map.of());
    }

    @POST
    @Transactional
    public Response change(@RestForm String current, @RestForm("password") String newPassword,
            @RestForm String repeat) {
        Account account = Account.findById(Viewer.of(identity).accountId());
        if (account == null) {
            throw new NotFoundException();
        }
        Map<String, String> errors = problems(account, current, newPassword, repeat);
        if (!errors.isEmpty()) {
            // Password fields are never filled in again: the page could end up in a cache.
            return Response.status(400).entity(Templates.password(account.mustChangePassword, false, errors)).build();
        }
        account.passwordHash = Passwords.hash(newPassword);
        account.mustChangePassword = false;
        UserSession.endAllFor(account);
        return Response.seeOther(URI.create(PATH + "?changed=1"))
                .cookie(cookie.issue(UserSession.open(account)))
                .build();
    }

    private static Map<String, String> problems(Account account, String current, String newPassword, String repeat) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (current == null || current.isEmpty()) {
            errors.put("current", "Enter your current password.");
        } else if (!Passwords.matches(current, account.passwordHash)) {
            errors.put("current", "That is not your current password.");
        }
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
