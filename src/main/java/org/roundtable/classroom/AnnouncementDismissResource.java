package org.roundtable.classroom;

import java.net.URI;

import org.jboss.resteasy.reactive.RestPath;

import io.quarkus.security.Authenticated;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** A student puts an announcement of their class away: their class home shows it no more. */
@Path("/classes/{classId}/announcements")
@Authenticated
@Transactional
public class AnnouncementDismissResource {

    private final ClassPages pages;

    AnnouncementDismissResource(ClassPages pages) {
        this.pages = pages;
    }

    @POST
    @Path("{announcementId: \\d+}/dismiss")
    public Response dismiss(@RestPath long classId, @RestPath long announcementId) {
        ClassMember member = pages.member(classId);
        Announcement announcement = Announcement.findById(announcementId);
        if (announcement == null || announcement.classroom.id != classId) {
            throw new NotFoundException();
        }
        if (member.teacher() || member.waiting()) {
            throw new ForbiddenException(); // only the class's students have announcements to put away
        }
        AnnouncementDismissal.dismiss(announcement, member.enrollment().account, pages.now());
        return Response.seeOther(URI.create(ClassroomPaths.studentHome(member.classroom()))).build();
    }
}
