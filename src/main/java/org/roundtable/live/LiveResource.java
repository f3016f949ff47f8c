package org.roundtable.live;

import org.jboss.resteasy.reactive.RestPath;

import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

/**
 * The live stream of a discussion page (Server-Sent Events). Opening it checks exactly what opening the page
 * checks ({@link LiveStreams#discussion}).
 */
@Path("/classes/{classId}/discussions/{discussionId}/events")
@Authenticated
@Produces(MediaType.SERVER_SENT_EVENTS)
@Blocking
public class LiveResource {

    private final LiveStreams streams;

    LiveResource(LiveStreams streams) {
        this.streams = streams;
    }

    @GET
    public void events(@RestPath long classId, @RestPath long discussionId, @Context SseEventSink sink,
            @Context Sse sse, RoutingContext request) {
        streams.discussion(classId, discussionId, new StreamRequest(sink, sse, request));
    }
}
