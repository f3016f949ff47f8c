package org.roundtable.moderation;

import java.time.Clock;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.roundtable.account.LocalPaths;
import org.roundtable.account.Roles;
import org.roundtable.account.Viewer;
import org.roundtable.classroom.Classroom;
import org.roundtable.classroom.Discussion;
import org.roundtable.classroom.Enrollment;
import org.roundtable.classroom.OwnedClass;
import org.roundtable.discussion.Post;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
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

    /** Mute lengths offered, in minutes. */
    public static final List<Integer> MUTE_MINUTES = List.of(10, 60, 24 * 60, 7 * 24 * 60);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(Classroom classroom, QueueItem.Tab tab, QueueItem.Tab[] tabs,
                Map<QueueItem.Tab, Long> counts, List<QueueItem> items, List<Integer> muteMinutes, String error);
    }

    private final SecurityIdentity identity;
    private final Moderation moderation;

    private final Clock clock;

    ModerationResource(SecurityIdentity identity, Moderation moderation, Clock clock) {
        this.clock = clock;
        this.identity = identity;
        this.moderation = moderation;
    }

    @GET
    @Path("moderation")
    @Transactional
    public TemplateInstance queue(@RestPath long classId, @RestQuery String tab) {
        Classroom classroom = OwnedClass.load(classId, Viewer.of(identity));
        QueueItem.Tab current = QueueItem.Tab.parse(tab);
        return Templates.queue(classroom, current, QueueItem.Tab.values(), QueueItem.counts(classId),
                QueueItem.load(classId, current, clock.instant()), MUTE_MINUTES, null);
    }

    @POST
    @Path("posts/{postId}/{action: approve|restore|endorse|unendorse}")
    @Transactional
    public Response postAction(@RestPath long classId, @RestPath long postId, @RestPath String action,
            @RestForm String back) {
        Viewer viewer = Viewer.of(identity);
        Classroom classroom = OwnedClass.load(classId, viewer);
        Post post = postOf(classroom, postId);
        if ("restore".equals(action) && !post.restorable()) {
            QueueItem.Tab tab = QueueItem.Tab.HIDDEN;
            return Response.status(409).entity(Templates.queue(classroom, tab, QueueItem.Tab.values(),
                    QueueItem.counts(classId), QueueItem.load(classId, tab, clock.instant()), MUTE_MINUTES,
                    "Only a hidden post can be restored. This one was deleted by its author or removed, "
                            + "so it stays as it is; nothing was changed.")).build();
        }
        switch (action) {
            case "approve" -> moderation.approve(viewer, classroom, post);
            case "restore" -> moderation.restore(viewer, classroom, post);
            case "endorse" -> moderation.endorse(viewer, classroom, post, true);
            default -> moderation.endorse(viewer, classroom, post, false);
        }
        return back(classroom, back);
    }

    @POST
    @Path("posts/{postId}/{action: hide|remove}")
    @Transactional
    public Response hideOrRemove(@RestPath long classId, @RestPath long postId, @RestPath String action,
            @RestForm String reason, @RestForm String back) {
        Viewer viewer = Viewer.of(identity);
        Classroom classroom = OwnedClass.load(classId, viewer);
        Post post = postOf(classroom, postId);
        String clean = reason == null ? "" : reason.strip();
        if (clean.length() > MAX_REASON) {
            QueueItem.Tab tab = QueueItem.Tab.FLAGGED;
            return Response.status(400).entity(Templates.queue(classroom, tab, QueueItem.Tab.values(),
                    QueueItem.counts(classId), QueueItem.load(classId, tab, clock.instant()), MUTE_MINUTES,
                    "Keep the reason under " + MAX_REASON + " characters; nothing was changed.")).build();
        }
        if ("hide".equals(action)) {
            moderation.hide(viewer, classroom, post, clean.isEmpty() ? null : clean);
        } else {
            moderation.remove(viewer, classroom, post, clean.isEmpty() ? null : clean);
        }
        return back(classroom, back);
    }

    @POST
    @Path("discussions/{discussionId}/{action: lock|unlock}")
    @Transactional
    public Response lock(@RestPath long classId, @RestPath long discussionId, @RestPath String action,
            @RestForm String back) {
        Viewer viewer = Viewer.of(identity);
        Classroom classroom = OwnedClass.load(classId, viewer);
        Discussion discussion = Discussion.findById(discussionId);
        if (discussion == null || !discussion.classroom.id.equals(classroom.id)) {
            throw new NotFoundException();
        }
        moderation.lock(viewer, classroom, discussion, "lock".equals(action));
        return back(classroom, back);
    }

    @POST
    @Path("students/{studentId}/mute")
    @Transactional
    public Response mute(@RestPath long classId, @RestPath long studentId, @RestForm Integer minutes,
            @RestForm String back) {
        Viewer viewer = Viewer.of(identity);
        Classroom classroom = OwnedClass.load(classId, viewer);
        Enrollment student = OwnedClass.student(classroom, studentId);
        int length = minutes != null && MUTE_MINUTES.contains(minutes) ? minutes : MUTE_MINUTES.get(1);
        moderation.mute(viewer, classroom, student, clock.instant().plus(Duration.ofMinutes(length)),
                "for " + describe(length));
        return back(classroom, back);
    }

    @POST
    @Path("students/{studentId}/unmute")
    @Transactional
    public Response unmute(@RestPath long classId, @RestPath long studentId, @RestForm String back) {
        Viewer viewer = Viewer.of(identity);
        Classroom classroom = OwnedClass.load(classId, viewer);
        moderation.unmute(viewer, classroom, OwnedClass.student(classroom, studentId));
        return back(classroom, back);
    }

    public static String describe(int minutes) {
        if (minutes < 60) {
            return minutes + " minutes";
        }
        if (minutes < 24 * 60) {
            return minutes / 60 == 1 ? "1 hour" : minutes / 60 + " hours";
        }
        if (minutes < 7 * 24 * 60) {
            return minutes / (24 * 60) == 1 ? "1 day" : minutes / (24 * 60) + " days";
        }
        return "1 week";
    }

    private static Post postOf(Classroom classroom, long postId) {
        Post post = Post.findById(postId);
        if (post == null || !post.discussion.classroom.id.equals(classroom.id)) {
            throw new NotFoundException();
        }
        return post;
    }

    /** Back where the action was taken, if that is a page of this class; else the queue. */
    private static Response back(Classroom classroom, String back) {
        boolean local = LocalPaths.orNull(back) != null
                && (back.startsWith("/teach/classes/" + classroom.id + "/") || back.startsWith("/teach/classes/" + classroom.id + "?")
                        || back.startsWith("/classes/" + classroom.id + "/"));
        return Response.seeOther(URI.create(local ? back : "/teach/classes/" + classroom.id + "/moderation")).build();
    }
}
