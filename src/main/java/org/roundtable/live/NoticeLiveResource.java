package org.roundtable.live;

import org.roundtable.account.Viewer;
import org.roundtable.notice.Notice;
import org.roundtable.notice.NoticePaths;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

/**
 * The signed-in person's unread count, live, for the header of any page: one stream per page, account-wide (there
 * is no id in the address: nobody can listen to another's). It opens with the count as it is now ("ready"), so a
 * page restored from the browser's history or a stream reopened after a while is right again, and then carries
 * each new count ("notices"). It ends with the session and counts against the same limits as the other streams.
 */
@Path(NoticePaths.EVENTS)
@Authenticated
public class NoticeLiveResource {

    private final SecurityIdentity identity;
    private final LiveHub hub;

    NoticeLiveResource(SecurityIdentity identity, LiveHub hub) {
        this.identity = identity;
        this.hub = hub;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Blocking
    @Transactional
    public void events(@Context SseEventSink sink, @Context Sse sse, RoutingContext request) {
        Viewer viewer = Viewer.of(identity);
        StreamReader reader = StreamReader.of(viewer, request.request());
        if (!hub.subscribeNotices(reader, sink, sse)) {
            throw LiveResource.tooManyStreams();
        }
        if (!sink.isClosed()) {
            String count = new JsonObject().put("count", Notice.countUnreadFor(viewer.accountId())).encode();
            Sinks.send(sink, sse.newEventBuilder().name("ready").data(count).build());
        }
    }
}
