package org.roundtable.classroom;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.roundtable.account.Account;
import org.roundtable.account.Roles;
import org.roundtable.article.Markdown;
import org.roundtable.language.Messages;

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
 * Announcements: the teacher writes a short notice to the class and sees those already posted. Posting one fires
 * {@link AnnouncementMade}, which puts it in every student's notices; each student puts it away from their class
 * home ({@link AnnouncementDismissResource}).
 */
@Path("/teach/classes/{classId}/announcements")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.TEACHER)
@Transactional
public class AnnouncementResource {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance announcements(Classroom classroom, List<Announcement> posted, String body,
                Map<String, String> errors, int maxLength);
    }

    private final ClassPages pages;

    AnnouncementResource(ClassPages pages) {
        this.pages = pages;
    }

    @GET
    public TemplateInstance list(@RestPath long classId) {
        Classroom classroom = pages.owned(classId);
        return Templates.announcements(classroom, Announcement.listFor(classId), "", Map.of(),
                Announcement.MAX_LENGTH);
    }

    @POST
    public Response post(@RestPath long classId, @RestForm String body) {
        Classroom classroom = pages.owned(classId);
        String source = body == null ? "" : body.replace("\r\n", "\n").strip();
        String problem = problem(source);
        if (problem != null) {
            return Response.status(400).entity(Templates.announcements(classroom, Announcement.listFor(classId),
                    body == null ? "" : body, Map.of("body", problem), Announcement.MAX_LENGTH)).build();
        }
        Account teacher = Account.findById(pages.viewer().accountId());
        Announcement announcement = Announcement.post(classroom, teacher, source, pages.now());
        pages.tell(new AnnouncementMade(classId, announcement.id));
        return Response.seeOther(URI.create(ClassroomPaths.action(classroom, "announcements"))).build();
    }

    /** What keeps the text from being posted, or null. */
    static String problem(String source) {
        if (source.isEmpty()) {
            return Messages.now(ClassSettingsMsg.class).writeAnnouncement();
        }
        if (source.length() > Announcement.MAX_LENGTH) {
            return Messages.now(ClassSettingsMsg.class).announcementTooLong(Announcement.MAX_LENGTH);
        }
        return Markdown.tooDeep(source) ? Markdown.tooDeepMessage() : null;
    }
}
