package org.roundtable.web;

import java.net.URI;
import java.util.List;

import org.roundtable.account.AccountPaths;
import org.roundtable.account.Viewer;
import org.roundtable.classroom.ClassroomPaths;
import org.roundtable.classroom.Enrollment;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The front door: where to go for students and teachers. A signed-in teacher goes straight to their
 * dashboard, a signed-in student with one class straight to it.
 */
@Path(WebPaths.HOME)
@Produces(MediaType.TEXT_HTML)
@Transactional
public class HomeResource {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance home(List<Enrollment> enrollments);
    }

    private final SecurityIdentity identity;

    HomeResource(SecurityIdentity identity) {
        this.identity = identity;
    }

    @GET
    public Response home() {
        Viewer viewer = Viewer.of(identity);
        if (viewer != null && viewer.isTeacher()) {
            return Response.seeOther(URI.create(AccountPaths.TEACHER_HOME)).build();
        }
        List<Enrollment> enrollments = viewer != null && viewer.isStudent()
                ? Enrollment.listForAccount(viewer.accountId()) : List.of();
        if (enrollments.size() == 1) {
            return Response.seeOther(URI.create(ClassroomPaths.studentHome(enrollments.get(0).classroom))).build();
        }
        return Response.ok(Templates.home(enrollments)).build();
    }
}
