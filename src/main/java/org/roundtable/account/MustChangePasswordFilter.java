package org.roundtable.account;

import java.net.URI;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

/**
 * A teacher signed in with a one-time password chooses their own before using the
 * teachers' and admins' pages. Runs before routing, so it also covers paths no resource
 * serves yet, and only looks the session up (lazily, off the I/O thread) for those pages.
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
                    ? Response.seeOther(URI.create(PasswordResource.PATH)).build()
                    : null;
        });
    }

    static boolean guarded(String path) {
        return isUnder(path, "/teach") || isUnder(path, "/admin");
    }

    private static boolean isUnder(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }
}
