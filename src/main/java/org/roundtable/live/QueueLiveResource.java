package org.roundtable.live;

import org.jboss.resteasy.reactive.RestPath;
import org.roundtable.account.Roles;

import io.smallrye.common.annotation.Blocking;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

/** Tells an open moderation queue that new posts wait or new flags arrived ({@link LiveStreams#queue}). */
@Path("/teach/classes/{classId}/moderation/events")
@RolesAllowed(Roles.TEACHER)
@Produces(MediaType.SERVER_SENT_EVENTS)
@Blocking
public class QueueLiveResource {

    private final LiveStreams streams;

    QueueLiveResource(LiveStreams streams) {
        this.streams = streams;
    }

    @GET
    public void events(@RestPath long classId, @Context SseEventSink sink, @Context Sse sse,
            RoutingContext request) {
        streams.queue(classId, new StreamRequest(sink, sse, request));
    }
}
