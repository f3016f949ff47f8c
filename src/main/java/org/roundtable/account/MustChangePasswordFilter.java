package org.roundtable.account;

import java.net.URI;
import java.util.Set;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

/**
 * A teacher signed in with a one-time password chooses their own before doing anything
 * else: every page, form, download and live stream sends them to the password page, all
 * but that page itself, signing in or out, and static files (which never reach REST).
 * Runs before routing, so it also covers paths no resource serves yet.
 */
public class MustChangePasswordFilter {

    private final CurrentIdentityAssociation identities;

    MustChangePasswordFilter(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    @ServerRequestFilter(preMatching = true)
    public Uni<Response> sendToPasswordChange(ContainerRequestContext request) {
        if (!guarded(request.getUriInfo().getPath())) {
            return Uni.createFrom().nullItem();
        }
        return identities.getDeferredIdentity().map(identity -> {
            Viewer viewer = Viewer.of(identity);
            return viewer != null && viewer.mustChangePassword()
                    ? Response.seeOther(URI.create(AccountPaths.PASSWORD)).build()
                    : null;
        });
    }

    static boolean guarded(String path) {
        return !OPEN.contains(path);
    }

    /** What a one-time password still opens: the way to a password of one's own, or out. */
    private static final Set<String> OPEN = Set.of(AccountPaths.PASSWORD, AccountPaths.SIGN_OUT, AccountPaths.SIGN_IN);
}
