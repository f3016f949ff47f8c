package org.roundtable.overview;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import org.jboss.resteasy.reactive.RestPath;
import org.roundtable.account.Roles;
import org.roundtable.classroom.ClassPages;
import org.roundtable.classroom.Classroom;
import org.roundtable.discussion.CsvFiles;
import org.roundtable.moderation.ModerationAction;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The class's audit log: every moderation action, who, what, when and why. */
@Path("/teach/classes/{classId}")
@RolesAllowed(Roles.TEACHER)
public class AuditResource {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance audit(Classroom classroom, List<ModerationAction> actions);
    }

    private final ClassPages pages;

    AuditResource(ClassPages pages) {
        this.pages = pages;
    }

    @GET
    @Path("audit")
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    public TemplateInstance log(@RestPath long classId) {
        Classroom classroom = pages.owned(classId);
        return Templates.audit(classroom, ModerationAction.listFor(classId));
    }

    @GET
    @Path("audit.csv")
    @Transactional
    public Response csv(@RestPath long classId) {
        Classroom classroom = pages.owned(classId);
        StringWriter out = new StringWriter();
        try (var printer = CsvFiles.printer(out, "When (UTC)", "Teacher", "Action", "Student", "Post", "Discussion",
                "Reason")) {
            for (ModerationAction a : ModerationAction.listFor(classId)) {
                printer.printRecord(CsvFiles.cells(a.createdAt, a.actorName, a.action.label, a.targetName, a.postId,
                        a.discussionId, a.reason));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return CsvFiles.download(out.toString(), CsvFiles.fileName(classroom.name, "audit-log"));
    }
}
