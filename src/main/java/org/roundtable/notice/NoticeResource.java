package org.roundtable.notice;

import java.net.URI;
import java.time.Clock;

import org.roundtable.account.Viewer;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * "What's new": the signed-in person's own notices (there is no id in the address: nobody can ask for
 * another's), grouped by class. Reading the page marks nothing read; "Mark all read" does.
 */
@Path(NoticePaths.PAGE)
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class NoticeResource {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance notices(NoticeList list);
    }

    private final SecurityIdentity identity;
    private final Clock clock;
    private final Event<NoticesChanged> changed;

    NoticeResource(SecurityIdentity identity, Clock clock, Event<NoticesChanged> changed) {
        this.identity = identity;
        this.clock = clock;
        this.changed = changed;
    }

    @GET
    @Transactional
    public TemplateInstance list() {
        return Templates.notices(NoticeList.load(Viewer.of(identity).accountId(), clock.instant()));
    }

    @POST
    @Path("read")
    @Transactional
    public Response markAllRead() {
        long accountId = Viewer.of(identity).accountId();
        Notice.markAllRead(accountId, clock.instant());
        changed.fire(new NoticesChanged(accountId)); // the reader's other tabs drop their count
        return Response.seeOther(URI.create(NoticePaths.PAGE)).build();
    }
}
