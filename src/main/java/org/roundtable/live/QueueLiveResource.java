package org.roundtable.live;

import org.jboss.resteasy.reactive.RestPath;
import org.roundtable.account.Roles;
import org.roundtable.classroom.ClassPages;

import io.smallrye.common.annotation.Blocking;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

/** Tells an open moderation queue that new posts wait or new flags arrived. */
@Path("/teach/classes/{classId}")
@RolesAllowed(Roles.TEACHER)
public class QueueLiveResource {

    private final ClassPages pages;
    private final LiveHub hub;

    QueueLiveResource(ClassPages pages, LiveHub hub) {
        this.pages = pages;
        this.hub = hub;
    }

    @GET
    @Path("moderation/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Blocking
    @Transactional
    public void events(@RestPath long classId, @Context SseEventSink sink, @Context Sse sse,
            RoutingContext request) {
        pages.owned(classId);
        StreamReader reader = StreamReader.of(pages.viewer(), request.request());
        LiveResource.opened(hub.subscribeQueue(reader, classId, sink, sse), sink, sse);
    }
}
