package org.roundtable.account;

import java.net.URI;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Signing in and out. Signing out deletes the session row, so a copied cookie stops working too. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SignInResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signin();
    }

    private final SessionCookie cookie;
    SignInResource(SessionCookie cookie) {
        this.cookie = cookie;
    }

    @GET
    @Path("signin")
    public TemplateInstance signinPage() {
        return Templates.signin();
    }

    @POST
    @Path("signout")
    @Transactional
    public Response signout(@CookieParam("rt_session") String plain, @CookieParam("__Host-rt_session") String secure) {
        String token = cookie.name().startsWith("__Host-") ? secure : plain;
        if (token != null && !token.isBlank()) {
            UserSession.endByToken(token);
        }
        return Response.seeOther(URI.create("/")).cookie(cookie.expire()).build();
    }
}
