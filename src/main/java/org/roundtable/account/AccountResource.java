package org.roundtable.account;

import java.net.URI;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A teacher's own account: the display name students and colleagues see, which the admin, created as
 * "Administrator", changes here too. Posts keep the name they were written under (a post records its
 * author's name at write time), so a new name shows on new posts only.
 */
@Path(AccountPaths.ACCOUNT)
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.TEACHER)
public class AccountResource {

    /** The page's address as the tests know it. */
    static final String PATH = AccountPaths.ACCOUNT;

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance account(String username, String displayName, boolean saved,
                Map<String, String> errors);
    }

    private final SecurityIdentity identity;

    AccountResource(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** {@code saved=1} is where a successful change lands, to confirm it. */
    @GET
    public TemplateInstance page(@RestQuery String saved) {
        Account account = current();
        return Templates.account(account.username, account.displayName, "1".equals(saved), Map.of());
    }

    /** A refused name is shown back as typed, with what is wrong with it. */
    @POST
    public Response rename(@RestForm String displayName) {
        String problem = NameKind.TEACHER.problem(displayName);
        if (problem != null) {
            Account account = current();
            String typed = displayName == null ? "" : displayName;
            return Response.status(400)
                    .entity(Templates.account(account.username, typed, false, Map.of("displayName", problem)))
                    .build();
        }
        long accountId = Viewer.of(identity).accountId();
        QuarkusTransaction.requiringNew().run(() -> {
            Account account = Account.findById(accountId);
            account.displayName = NameKind.TEACHER.clean(displayName);
        });
        return Response.seeOther(URI.create(PATH + "?saved=1")).build();
    }

    private Account current() {
        long accountId = Viewer.of(identity).accountId();
        Account account = QuarkusTransaction.requiringNew().call(() -> Account.findById(accountId));
        if (account == null) {
            throw new NotFoundException();
        }
        return account;
    }
}
