package org.roundtable.moderation;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.roundtable.account.Roles;
import org.roundtable.account.Viewer;
import org.roundtable.classroom.ClassPages;
import org.roundtable.classroom.Classroom;
import org.roundtable.classroom.Enrollment;
import org.roundtable.classroom.MuteLabels;
import org.roundtable.classroom.OwnedClass;
import org.roundtable.discussion.Post;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The moderation queue of a class and every moderation action, each an explicit POST. */
@Path("/teach/classes/{classId}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.TEACHER)
public class ModerationResource {

    public static final int MAX_REASON = 500;

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance queue(Classroom classroom, QueueItem.Tab tab, QueueItem.Tab[] tabs,
                Map<QueueItem.Tab, Long> counts, List<QueueItem> items, String error);
    }

    /** One moderation step, run once the class is loaded and owned. */
    @FunctionalInterface
    interface Action {

        void run(Viewer teacher, Classroom classroom);
    }

    /** An action that changes nothing: the queue is shown again on {@code tab} with why. */
    static final class Refused extends RuntimeException {

        final int status;
        final QueueItem.Tab tab;

        Refused(int status, QueueItem.Tab tab, String message) {
            super(message, null, false, false);
            this.status = status;
            this.tab = tab;
        }
    }

    private final ClassPages pages;
    private final Moderation moderation;

    ModerationResource(ClassPages pages, Moderation moderation) {
        this.pages = pages;
        this.moderation = moderation;
    }

    @GET
    @Path("moderation")
    @Transactional
    public TemplateInstance queue(@RestPath long classId, @RestQuery String tab) {
        Classroom classroom = pages.owned(classId);
        return page(classroom, QueueItem.Tab.parse(tab), null);
    }

    @POST
    @Path("posts/{postId}/{action: approve|restore|endorse|unendorse}")
    @Transactional
    public Response postAction(@RestPath long classId, @RestPath long postId, @RestPath String action,
            @RestForm String back) {
        return act(classId, back, (teacher, classroom) -> {
            Post post = postOf(classroom, postId);
            switch (action) {
                case "approve" -> moderation.approve(teacher, classroom, post);
                case "restore" -> moderation.restore(teacher, classroom, restorable(post));
                case "endorse" -> moderation.endorse(teacher, classroom, post, true);
                default -> moderation.endorse(teacher, classroom, post, false);
            }
        });
    }

    @POST
    @Path("posts/{postId}/{action: hide|remove}")
    @Transactional
    public Response hideOrRemove(@RestPath long classId, @RestPath long postId, @RestPath String action,
            @RestForm String reason, @RestForm String back) {
        return act(classId, back, (teacher, classroom) -> {
            Post post = postOf(classroom, postId);
            String why = reason(reason);
            if ("hide".equals(action)) {
                moderation.hide(teacher, classroom, post, why);
            } else {
                moderation.remove(teacher, classroom, post, why);
            }
        });
    }

    @POST
    @Path("discussions/{discussionId}/{action: lock|unlock}")
    @Transactional
    public Response lock(@RestPath long classId, @RestPath long discussionId, @RestPath String action,
            @RestForm String back) {
        return act(classId, back, (teacher, classroom) -> moderation.lock(teacher, classroom,
                OwnedClass.discussion(classroom, discussionId), "lock".equals(action)));
    }

    @POST
    @Path("students/{studentId}/mute")
    @Transactional
    public Response mute(@RestPath long classId, @RestPath long studentId, @RestForm Integer minutes,
            @RestForm String back) {
        int length = MuteLabels.offered(minutes);
        return act(classId, back, (teacher, classroom) -> {
            Enrollment student = OwnedClass.student(classroom, studentId);
            moderation.mute(teacher, classroom, student, pages.now().plus(Duration.ofMinutes(length)),
                    "for " + MuteLabels.describe(length));
        });
    }

    @POST
    @Path("students/{studentId}/unmute")
    @Transactional
    public Response unmute(@RestPath long classId, @RestPath long studentId, @RestForm String back) {
        return act(classId, back, (teacher, classroom) -> moderation.unmute(teacher, classroom,
                OwnedClass.student(classroom, studentId)));
    }

    /** Load and own the class (404, 403), act as this teacher, then go back where the action was taken. */
    private Response act(long classId, String back, Action action) {
        Viewer teacher = pages.viewer();
        Classroom classroom = OwnedClass.load(classId, teacher);
        try {
            action.run(teacher, classroom);
        } catch (Refused refused) {
            return Response.status(refused.status).entity(page(classroom, refused.tab, refused.getMessage())).build();
        }
        return Response.seeOther(URI.create(ModerationPaths.back(classroom, back))).build();
    }

    private TemplateInstance page(Classroom classroom, QueueItem.Tab tab, String error) {
        return page(classroom, tab, error, pages.now());
    }

    /** The queue on {@code tab}, with an error when an action was refused. */
    static TemplateInstance page(Classroom classroom, QueueItem.Tab tab, String error, Instant now) {
        return Templates.queue(classroom, tab, QueueItem.Tab.values(), QueueItem.counts(classroom.id),
                QueueItem.load(classroom.id, tab, now), error);
    }

    private static Post restorable(Post post) {
        if (!post.restorable()) {
            throw new Refused(409, QueueItem.Tab.HIDDEN, "Only a hidden post can be restored. This one was deleted "
                    + "by its author or removed, so it stays as it is; nothing was changed.");
        }
        return post;
    }

    /** The reason the author will see; null when none was given. */
    static String reason(String typed) {
        String clean = typed == null ? "" : typed.strip();
        if (clean.length() > MAX_REASON) {
            throw new Refused(400, QueueItem.Tab.FLAGGED,
                    "Keep the reason under " + MAX_REASON + " characters; nothing was changed.");
        }
        return clean.isEmpty() ? null : clean;
    }

    static Post postOf(Classroom classroom, long postId) {
        Post post = Post.findById(postId);
        if (post == null || !post.discussion.classroom.id.equals(classroom.id)) {
            throw new NotFoundException();
        }
        return post;
    }
}
