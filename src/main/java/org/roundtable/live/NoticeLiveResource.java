package org.roundtable.live;

import org.roundtable.notice.NoticePaths;

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
 * The signed-in person's unread count, live, for the header of any page: one stream per page, account-wide
 * (there is no id in the address: nobody can listen to another's). It opens with the count as it is now
 * ({@link LiveStreams#notices}) and then carries each new count ("notices").
 */
@Path(NoticePaths.EVENTS)
@Authenticated
@Produces(MediaType.SERVER_SENT_EVENTS)
@Blocking
public class NoticeLiveResource {

    private final LiveStreams streams;

    NoticeLiveResource(LiveStreams streams) {
        this.streams = streams;
    }

    @GET
    public void events(@Context SseEventSink sink, @Context Sse sse, RoutingContext request) {
        streams.notices(new StreamRequest(sink, sse, request));
    }
}
