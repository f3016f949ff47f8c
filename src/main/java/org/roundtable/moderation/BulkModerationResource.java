package org.roundtable.moderation;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.roundtable.account.Roles;
import org.roundtable.account.Viewer;
import org.roundtable.classroom.ClassPages;
import org.roundtable.classroom.Classroom;
import org.roundtable.classroom.OwnedClass;
import org.roundtable.discussion.Post;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Moderating many posts at once: "Approve all" with a confirmation, and approve or hide the posts
 * the teacher ticked in the queue. Each post still gets its own audit row.
 */
@Path("/teach/classes/{classId}/moderation")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.TEACHER)
public class BulkModerationResource {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance approveAll(Classroom classroom, List<WaitingPosts.Line> lines, long upTo,
                long shownAt);
    }

    private final ClassPages pages;
    private final Moderation moderation;

    BulkModerationResource(ClassPages pages, Moderation moderation) {
        this.pages = pages;
        this.moderation = moderation;
    }

    @GET
    @Path("approve-all")
    @Transactional
    public TemplateInstance confirm(@RestPath long classId) {
        Classroom classroom = pages.owned(classId);
        Instant now = pages.now();
        List<Post> waiting = WaitingPosts.upTo(classId, Long.MAX_VALUE, now);
        return Templates.approveAll(classroom, WaitingPosts.lines(classId, waiting), WaitingPosts.highestId(waiting),
                now.toEpochMilli());
    }

    @POST
    @Path("approve-all")
    @Transactional
    public Response approveAll(@RestPath long classId, @RestForm long upTo, @RestForm Long shownAt) {
        Viewer teacher = pages.viewer();
        Classroom classroom = OwnedClass.load(classId, teacher);
        Instant shown = shownAt == null ? pages.now() : Instant.ofEpochMilli(shownAt);
        for (Post post : WaitingPosts.upTo(classId, upTo, shown)) {
            moderation.approve(teacher, classroom, post);
        }
        return back(ModerationPaths.waitingQueue(classroom));
    }

    @POST
    @Path("selected")
    @Transactional
    public Response selected(@RestPath long classId, @RestForm("post") List<Long> ids, @RestForm String action,
            @RestForm String reason, @RestForm String back) {
        Viewer teacher = pages.viewer();
        Classroom classroom = OwnedClass.load(classId, teacher);
        try {
            boolean hide = chosen(ids, action);
            String why = ModerationResource.reason(reason);
            // Every post is checked before any is changed: one from another class changes nothing.
            List<Post> posts = ids.stream().distinct().map(id -> ModerationResource.postOf(classroom, id)).toList();
            for (Post post : posts) {
                if (hide) {
                    moderation.hide(teacher, classroom, post, why);
                } else {
                    moderation.approve(teacher, classroom, post);
                }
            }
        } catch (ModerationResource.Refused refused) {
            return Response.status(refused.status)
                    .entity(ModerationResource.page(classroom, refused.tab, refused.getMessage(), pages.now())).build();
        }
        return back(ModerationPaths.back(classroom, back));
    }

    /** True to hide, false to approve; refused when nothing is selected or the action is neither. */
    private static boolean chosen(List<Long> ids, String action) {
        if (ids == null || ids.isEmpty()) {
            throw new ModerationResource.Refused(400, QueueItem.Tab.WAITING,
                    "Select at least one post, then choose what to do with them; nothing was changed.");
        }
        if (!"hide".equals(action) && !"approve".equals(action)) {
            throw new ModerationResource.Refused(400, QueueItem.Tab.WAITING,
                    "Press Approve selected or Hide selected; nothing was changed.");
        }
        return "hide".equals(action);
    }

    private static Response back(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}
