package org.roundtable.overview;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.RestPath;
import org.roundtable.account.Roles;
import org.roundtable.classroom.AssignedQuestions;
import org.roundtable.classroom.ClassPages;
import org.roundtable.classroom.Classroom;
import org.roundtable.classroom.Discussion;
import org.roundtable.discussion.CsvFiles;
import org.roundtable.language.Messages;
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
@Transactional
public class AuditResource {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance audit(Classroom classroom, List<ModerationAction> actions,
                Map<Long, String> discussions);
    }

    private final ClassPages pages;

    AuditResource(ClassPages pages) {
        this.pages = pages;
    }

    @GET
    @Path("audit")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance log(@RestPath long classId) {
        Classroom classroom = pages.owned(classId);
        return Templates.audit(classroom, ModerationAction.listFor(classId), discussionLabels(classId));
    }

    @GET
    @Path("audit.csv")
    public Response csv(@RestPath long classId) {
        Classroom classroom = pages.owned(classId);
        StringWriter out = new StringWriter();
        Map<Long, String> discussions = discussionLabels(classId);
        try (var printer = CsvFiles.printer(out,
                CsvReports.header(Messages.now(OverviewMsg.class).csvAudit(CsvReports.UTC)))) {
            for (ModerationAction a : ModerationAction.listFor(classId)) {
                printer.printRecord(CsvFiles.cells(a.createdAt, a.actorName, a.action.label(), a.targetName, a.postId,
                        a.discussionId, a.discussionId == null ? null : discussions.get(a.discussionId), a.reason));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return CsvFiles.download(out.toString(), CsvFiles.fileName(classroom.name, "audit-log"));
    }

    /**
     * Each discussion of the class, taken away ones included, named as every page names it
     * ("Question 2: Should schools…"), so a lock or unlock says which discussion it was.
     */
    private static Map<Long, String> discussionLabels(long classId) {
        Map<Long, String> labels = new HashMap<>();
        AssignedQuestions.byId(Discussion.listAllFor(classId))
                .forEach((id, numbered) -> labels.put(id, numbered.label()));
        return labels;
    }
}
