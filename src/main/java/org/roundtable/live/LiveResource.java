package org.roundtable.live;

import org.jboss.resteasy.reactive.RestPath;
import org.roundtable.discussion.DiscussionScope;
import org.roundtable.discussion.DiscussionScopes;

import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import io.vertx.ext.web.RoutingContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

/**
 * The live stream of a discussion page (Server-Sent Events). Opening it checks exactly
 * what opening the page checks; what it then carries follows the page's rules for this
 * reader. The page works the same without it. It ends with the reader's session, and a
 * session or an address may hold only so many at once.
 */
@Path("/classes/{classId}/discussions/{discussionId}/events")
@Authenticated
public class LiveResource {

    private final DiscussionScopes scopes;
    private final LiveHub hub;

    LiveResource(DiscussionScopes scopes, LiveHub hub) {
        this.scopes = scopes;
        this.hub = hub;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Blocking
    @Transactional
    public void events(@RestPath long classId, @RestPath long discussionId, @Context SseEventSink sink,
            @Context Sse sse, RoutingContext request) {
        DiscussionScope scope = scopes.load(classId, discussionId);
        StreamReader reader = StreamReader.of(scope.viewer(), request.request());
        opened(hub.subscribeDiscussion(reader, LiveView.of(scope, request.get("csrf_token")), sink, sse), sink, sse);
    }

    /** Tells the page its stream is open, or refuses it when the reader already holds too many. */
    static void opened(boolean subscribed, SseEventSink sink, Sse sse) {
        if (!subscribed) {
            throw tooManyStreams();
        }
        if (!sink.isClosed()) { // a reader who left at once: nothing to tell (Sinks: nor if they leave now)
            Sinks.send(sink, sse.newEventBuilder().name("ready").data("{}").build());
        }
    }

    /** A refusal the page's script recognises and accepts quietly: the page works without its stream. */
    public static WebApplicationException tooManyStreams() {
        return new WebApplicationException(Response.status(Response.Status.TOO_MANY_REQUESTS).build());
    }
}
