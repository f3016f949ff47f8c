package org.roundtable.web;

import java.lang.reflect.Method;
import java.net.URI;
import java.util.Arrays;
import java.util.Locale;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.roundtable.account.AccountPaths;
import org.roundtable.account.Passwords;
import org.roundtable.classroom.NotInClass;
import org.roundtable.classroom.StillWaiting;
import org.roundtable.language.Languages;
import org.roundtable.language.Messages;

import io.quarkus.logging.Log;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.ForbiddenException;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
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
    private final SecurityHeaders headers;
    private final Languages languages;
    private final CurrentVertxRequest current;

    ErrorPages(@Location("error.html") Template error, SecurityHeaders headers, Languages languages,
            CurrentVertxRequest current) {
        this.error = error;
        this.headers = headers;
        this.languages = languages;
        this.current = current;
    }

    /**
     * The plain page, without the signed-in header: made where no CSRF token (or no request scope) exists, so
     * its language is the browser's, read straight from the request.
     */
    private String bare(Problem problem, HttpServerRequest request) {
        Locale locale = languages.forBrowser(request);
        return error.data("problem", problem).data("bare", true).data("pageLanguage", locale.toLanguageTag())
                .setLocale(locale).render();
    }

    private String bare(Problem problem) {
        return bare(problem, current.getCurrent().request());
    }

    /** @param reference for an unexpected failure, the code under which it is logged; null otherwise */
    public record Problem(int status, String title, String message, String reference) {

        Problem(int status, String title, String message) {
            this(status, title, message, null);
        }
    }

    /** A request the application refused to read (an address or field it cannot make sense of). */
    static Problem unreadable() {
        Msg words = Messages.now(Msg.class);
        return new Problem(400, words.unreadableTitle(), words.unreadableMessage());
    }

    /**
     * Paths no resource or static file serves. Rendered outside REST, so without the
     * signed-in header (it needs a CSRF token only REST provides).
     */
    void notFoundForEverythingElse(@Observes StartupEvent event, Router router) {
        router.route().last().handler(context -> context.response()
                .setStatusCode(404)
                .putHeader("Content-Type", "text/html; charset=UTF-8")
                .end(Messages.speaking(languages.forBrowser(context.request()),
                        () -> bare(describe(404), context.request()))));
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failedOutsideRest);
    }

    /**
     * Failures the router meets before or outside REST, such as a request without a usable
     * Host header: the plain page with the security headers. A request the client got wrong
     * is logged at DEBUG only, since anyone can send as many as they like.
     */
    void failedOutsideRest(RoutingContext context) {
        HttpServerResponse response = context.response();
        if (response.headWritten()) {
            if (!response.ended()) {
                response.reset();
            }
            return;
        }
        int status = context.statusCode() >= 400 ? context.statusCode() : 500;
        String page = Messages.speaking(languages.forBrowser(context.request()),
                () -> bare(outsideRestProblem(context, status), context.request()));
        headers.apply(context);
        response.setStatusCode(status)
                .putHeader("Content-Type", "text/html; charset=UTF-8")
                .end(page);
    }

    private static Problem outsideRestProblem(RoutingContext context, int status) {
        Problem problem;
        if (status >= 500) {
            Throwable failure = context.failure() != null ? context.failure()
                    : new IllegalStateException("status " + status + " without an exception");
            problem = unexpectedProblem(FailureLog.unexpected(failure));
        } else {
            Log.debugf("Refused a request the client got wrong (%d): %s", status, context.failure());
            problem = status == 400 ? unreadable() : describe(status);
        }
        return problem;
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
                    .entity(bare(describe(413))).build();
        }
        if (status == 400) {
            return Response.status(400).type(MediaType.TEXT_HTML_TYPE).entity(render(unreadable())).build();
        }
        return page(status);
    }

    /**
     * A student outside the class: the way back in, where they can join again or use their return
     * code. A live stream is refused plainly, as its script expects.
     */
    @ServerExceptionMapper
    public Response notInClass(NotInClass e, HttpHeaders request, ResourceInfo resource) {
        if (isStream(request, resource)) {
            return page(403);
        }
        return Response.seeOther(URI.create(AccountPaths.STUDENT_SIGNED_OUT)).build();
    }

    /** A student not let in yet: the class home, which shows them the waiting page. A live stream is refused plainly. */
    @ServerExceptionMapper
    public Response stillWaiting(StillWaiting e, HttpHeaders request, ResourceInfo resource) {
        if (isStream(request, resource)) {
            return page(403);
        }
        return Response.seeOther(URI.create(e.home())).build();
    }

    /** A live stream, asked for as one or answered by a stream method: its script expects a plain refusal. */
    private static boolean isStream(HttpHeaders request, ResourceInfo resource) {
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        Method method = resource == null ? null : resource.getResourceMethod();
        Produces produces = method == null ? null
                : method.isAnnotationPresent(Produces.class) ? method.getAnnotation(Produces.class)
                        : method.getDeclaringClass().getAnnotation(Produces.class); // a stream resource says it once
        return accept != null && accept.contains(MediaType.SERVER_SENT_EVENTS)
                || produces != null && Arrays.asList(produces.value()).contains(MediaType.SERVER_SENT_EVENTS);
    }

    /** Too many passwords being checked to wait for one more, on a form that cannot be shown again as typed. */
    @ServerExceptionMapper
    public Response busy(Passwords.Busy e) {
        Msg words = Messages.now(Msg.class);
        return e.answer().type(MediaType.TEXT_HTML_TYPE)
                .entity(render(new Problem(503, words.busyTitle(), words.busyMessage()))).build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return page(403);
    }

    /** Anything else, errors such as a stack overflow included: the friendly page, and the cause logged once. */
    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        return Response.status(500).type(MediaType.TEXT_HTML_TYPE)
                .entity(render(unexpectedProblem(FailureLog.unexpected(e)))).build();
    }

    static Problem unexpectedProblem(String reference) {
        Msg words = Messages.now(Msg.class);
        return new Problem(500, words.unexpectedTitle(), words.unexpectedMessage(), reference);
    }

    /** Fills bodiless error responses, such as the CSRF filter's 400, with a page. */
    @ServerResponseFilter
    public void fillEmptyErrors(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() >= 400 && !response.hasEntity()) {
            // Bare: a refused CSRF token leaves no token for the layout's sign-out form.
            String page = bare(describe(response.getStatus()));
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
        Msg words = Messages.now(Msg.class);
        return switch (status) {
            case 400 -> new Problem(400, words.expiredTitle(), words.expiredMessage());
            case 401, 403 -> new Problem(status, words.forbiddenTitle(), words.forbiddenMessage());
            case 404 -> new Problem(404, words.notFoundTitle(), words.notFoundMessage());
            case 405 -> new Problem(405, words.wrongMethodTitle(), words.wrongMethodMessage());
            case 413 -> new Problem(413, words.tooLargeTitle(), words.tooLargeMessage());
            case 429 -> new Problem(429, words.tooManyTitle(), words.tooManyMessage());
            default -> new Problem(status, words.otherTitle(), words.otherMessage());
        };
    }
}
