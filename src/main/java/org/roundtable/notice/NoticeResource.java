package org.roundtable.notice;

import java.net.URI;

import org.roundtable.classroom.ClassPages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
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
@Transactional
public class NoticeResource {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance notices(NoticeList list);
    }

    private final ClassPages pages;

    NoticeResource(ClassPages pages) {
        this.pages = pages;
    }

    @GET
    public TemplateInstance list() {
        return Templates.notices(NoticeList.load(pages.viewer().accountId(), pages.now()));
    }

    @POST
    @Path("read")
    public Response markAllRead() {
        long accountId = pages.viewer().accountId();
        Notice.markAllRead(accountId, pages.now());
        pages.tell(new NoticesChanged(accountId)); // the reader's other tabs drop their count
        return Response.seeOther(URI.create(NoticePaths.PAGE)).build();
    }
}
