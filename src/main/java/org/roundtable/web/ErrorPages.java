package org.roundtable.web;

import java.util.UUID;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.quarkus.logging.Log;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.runtime.StartupEvent;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Every error is a page in the site's layout with a way back, never a stack trace:
 * exceptions, responses that carry no body (such as a refused CSRF token), and paths
 * that match nothing at all.
 */
@ApplicationScoped
public class ErrorPages {

    private final Template error;

    ErrorPages(@Location("error.html") Template error) {
        this.error = error;
    }

    public record Problem(int status, String title, String message) {
    }

    /**
     * Paths no resource or static file serves. Rendered outside REST, so without the
     * signed-in header (it needs a CSRF token only REST provides).
     */
    void notFoundForEverythingElse(@Observes StartupEvent event, Router router) {
        router.route().last().handler(context -> context.response()
                .setStatusCode(404)
                .putHeader("Content-Type", "text/html; charset=UTF-8")
                .end(error.data("problem", describe(404)).data("bare", true).render()));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status < 400) {
            return e.getResponse();
        }
        if (status == 413) {
            // A body refused while it was read fails before the CSRF filter ran: no token for the sign-out form.
            return Response.status(413).type(MediaType.TEXT_HTML_TYPE)
                    .entity(error.data("problem", describe(413)).data("bare", true).render()).build();
        }
        return page(status);
    }

    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e) {
        return page(403);
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        Log.errorf(e, "Unexpected error (reference %s)", reference);
        return Response.status(500).type(MediaType.TEXT_HTML_TYPE)
                .entity(render(new Problem(500, "Something went wrong on our side",
                        "Your last action may not have been saved. Go back and try again; if it keeps happening, "
                                + "tell your teacher or administrator and mention reference " + reference + ".")))
                .build();
    }

    /** Fills bodiless error responses, such as the CSRF filter's 400, with a page. */
    @ServerResponseFilter
    public void fillEmptyErrors(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() >= 400 && !response.hasEntity()) {
            // Bare: a refused CSRF token leaves no token for the layout's sign-out form.
            String page = error.data("problem", describe(response.getStatus())).data("bare", true).render();
            response.setEntity(page, null, MediaType.TEXT_HTML_TYPE);
        }
    }

    private Response page(int status) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(render(describe(status))).build();
    }

    String render(Problem problem) {
        return error.data("problem", problem).render();
    }

    static Problem describe(int status) {
        return switch (status) {
            case 400 -> new Problem(400, "This form has expired",
                    "For your security, forms stop working after a while or when opened in another window. "
                            + "Go back, reload the page and send it again. Nothing was saved.");
            case 401, 403 -> new Problem(status, "This page is not open to you",
                    "You may be signed in as someone else, or not a member of this class.");
            case 404 -> new Problem(404, "We could not find that page",
                    "The link may be mistyped, or what it pointed to was removed.");
            case 405 -> new Problem(405, "That did not work",
                    "This address cannot be used that way. Go back and use the page's buttons.");
            case 413 -> new Problem(413, "That was too much to send at once",
                    "Shorten what you wrote and try again.");
            case 429 -> new Problem(429, "Slow down a little", "Too many attempts in a short time. Wait a moment, then try again.");
            default -> new Problem(status, "Something went wrong", "Go back and try again.");
        };
    }
}
