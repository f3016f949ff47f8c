package org.roundtable.moderation;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

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
import org.roundtable.language.Messages;
import org.roundtable.moderation.ModerationAction.Kind;

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

/**
 * The moderation queue of a class and every moderation action, each an explicit POST: on one
 * post, on many at once ("Approve all" with a confirmation, or the posts ticked in the queue,
 * each still with its own audit row), on a discussion or on a student.
 */
@Path("/teach/classes/{classId}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.TEACHER)
@Transactional
public class ModerationResource {

    public static final int MAX_REASON = 500;

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance queue(Classroom classroom, QueueItem.Tab tab, QueueItem.Tab[] tabs,
                Map<QueueItem.Tab, Long> counts, List<QueueItem> items, String error);

        static native TemplateInstance approveAll(Classroom classroom, List<WaitingPosts.Line> lines, long upTo,
                long shownAt);
    }

    /** One moderation step, run once the class is loaded and owned. */
    @FunctionalInterface
    interface Action {

        void run(Viewer teacher, Classroom classroom);
    }

    /** An action that changes nothing: the queue is shown again on {@code tab} with why. */
    private static final class Refused extends RuntimeException {

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
    public TemplateInstance queue(@RestPath long classId, @RestQuery String tab) {
        return page(pages.owned(classId), QueueItem.Tab.parse(tab), null);
    }

    @GET
    @Path("moderation/approve-all")
    public TemplateInstance confirmApproveAll(@RestPath long classId) {
        Classroom classroom = pages.owned(classId);
        Instant now = pages.now();
        List<Post> waiting = WaitingPosts.upTo(classId, Long.MAX_VALUE, now);
        return Templates.approveAll(classroom, WaitingPosts.lines(classId, waiting), WaitingPosts.highestId(waiting),
                now.toEpochMilli());
    }

    /** Approves what the confirmation listed: a post that arrived after it was shown stays waiting. */
    @POST
    @Path("moderation/approve-all")
    public Response approveAll(@RestPath long classId, @RestForm long upTo, @RestForm Long shownAt) {
        Instant shown = shownAt == null ? pages.now() : Instant.ofEpochMilli(shownAt);
        return act(classId, ModerationPaths::waitingQueue, (teacher, classroom) -> {
            for (Post post : WaitingPosts.upTo(classId, upTo, shown)) {
                moderation.review(teacher, classroom, post, Kind.APPROVE, null);
            }
        });
    }

    @POST
    @Path("moderation/selected")
    public Response selected(@RestPath long classId, @RestForm("post") List<Long> ids, @RestForm String action,
            @RestForm String reason, @RestForm String back) {
        return act(classId, back, (teacher, classroom) -> {
            Kind kind = chosen(ids, action);
            String why = reason(reason);
            // Every post is checked before any is changed: one from another class changes nothing.
            List<Post> posts = ids.stream().distinct().map(id -> postOf(classroom, id)).toList();
            posts.forEach(post -> moderation.review(teacher, classroom, post, kind, kind == Kind.HIDE ? why : null));
        });
    }

    /** Approve, restore, endorse, unendorse; hide and remove with the reason the author will see. */
    @POST
    @Path("posts/{postId}/{action: approve|restore|endorse|unendorse|hide|remove}")
    public Response review(@RestPath long classId, @RestPath long postId, @RestPath String action,
            @RestForm String reason, @RestForm String back) {
        Kind kind = Kind.valueOf(action.toUpperCase(Locale.ROOT));
        return act(classId, back, (teacher, classroom) -> {
            Post post = postOf(classroom, postId);
            String why = kind == Kind.HIDE || kind == Kind.REMOVE ? reason(reason) : null;
            moderation.review(teacher, classroom, kind == Kind.RESTORE ? restorable(post) : post, kind, why);
        });
    }

    @POST
    @Path("discussions/{discussionId}/{action: lock|unlock}")
    public Response lock(@RestPath long classId, @RestPath long discussionId, @RestPath String action,
            @RestForm String back) {
        return act(classId, back, (teacher, classroom) -> moderation.lock(teacher, classroom,
                OwnedClass.discussion(classroom, discussionId), "lock".equals(action)));
    }

    /** Pauses a student's posting for one of the offered lengths, or lets them post again. */
    @POST
    @Path("students/{studentId}/{action: mute|unmute}")
    public Response mute(@RestPath long classId, @RestPath long studentId, @RestPath String action,
            @RestForm Integer minutes, @RestForm String back) {
        int length = MuteLabels.offered(minutes);
        return act(classId, back, (teacher, classroom) -> {
            Enrollment student = OwnedClass.student(classroom, studentId);
            if ("mute".equals(action)) {
                moderation.mute(teacher, classroom, student, pages.now().plus(Duration.ofMinutes(length)),
                        Messages.now(ModerationMsg.class).pauseReason(PauseLengths.describe(length)));
            } else {
                moderation.unmute(teacher, classroom, student);
            }
        });
    }

    private Response act(long classId, String back, Action action) {
        return act(classId, classroom -> ModerationPaths.back(classroom, back), action);
    }

    /** Load and own the class (404, 403), act as this teacher, then go back: to {@code then}, or the queue refused. */
    private Response act(long classId, Function<Classroom, String> then, Action action) {
        Viewer teacher = pages.viewer();
        Classroom classroom = OwnedClass.load(classId, teacher);
        try {
            action.run(teacher, classroom);
        } catch (Refused refused) {
            return Response.status(refused.status).entity(page(classroom, refused.tab, refused.getMessage())).build();
        }
        return Response.seeOther(URI.create(then.apply(classroom))).build();
    }

    /** The queue on {@code tab}, with an error when an action was refused. */
    private TemplateInstance page(Classroom classroom, QueueItem.Tab tab, String error) {
        return Templates.queue(classroom, tab, QueueItem.Tab.values(), QueueItem.counts(classroom.id),
                QueueItem.load(classroom.id, tab, pages.now()), error);
    }

    /** What to do with the selected posts; refused when nothing is selected or the action is neither. */
    private static Kind chosen(List<Long> ids, String action) {
        if (ids == null || ids.isEmpty()) {
            throw new Refused(400, QueueItem.Tab.WAITING, Messages.now(ModerationMsg.class).refuseNoneSelected());
        }
        if (!"hide".equals(action) && !"approve".equals(action)) {
            throw new Refused(400, QueueItem.Tab.WAITING, Messages.now(ModerationMsg.class).refuseNoAction());
        }
        return "hide".equals(action) ? Kind.HIDE : Kind.APPROVE;
    }

    private static Post restorable(Post post) {
        if (!post.restorable()) {
            throw new Refused(409, QueueItem.Tab.HIDDEN, Messages.now(ModerationMsg.class).refuseRestore());
        }
        return post;
    }

    /** The reason the author will see; null when none was given. */
    private static String reason(String typed) {
        String clean = typed == null ? "" : typed.strip();
        if (clean.length() > MAX_REASON) {
            throw new Refused(400, QueueItem.Tab.FLAGGED,
                    Messages.now(ModerationMsg.class).refuseLongReason(MAX_REASON));
        }
        return clean.isEmpty() ? null : clean;
    }

    private static Post postOf(Classroom classroom, long postId) {
        Post post = Post.findById(postId);
        if (post == null || !post.discussion.classroom.id.equals(classroom.id)) {
            throw new NotFoundException();
        }
        return post;
    }
}
