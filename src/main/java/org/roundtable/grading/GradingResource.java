package org.roundtable.grading;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.roundtable.account.Roles;
import org.roundtable.classroom.Assignment;
import org.roundtable.classroom.ClassPages;
import org.roundtable.classroom.Classroom;
import org.roundtable.classroom.Discussion;
import org.roundtable.classroom.Enrollment;
import org.roundtable.classroom.Feedback;
import org.roundtable.classroom.FeedbackExtensions;
import org.roundtable.classroom.FeedbackForm;
import org.roundtable.classroom.FeedbackTarget;
import org.roundtable.classroom.OwnedClass;
import org.roundtable.discussion.CsvFiles;
import org.roundtable.overview.Checkpoints;
import org.roundtable.overview.Participation;
import org.roundtable.overview.Transcript;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Grading in one place: an assignment's students one at a time, their posts beside the feedback form,
 * and the gradebook of the whole class. Writes only through {@link Feedback#save}.
 */
@Path("/teach/classes/{classId}")
@RolesAllowed(Roles.TEACHER)
@Transactional
public class GradingResource {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance grading(GradingView view);
    }

    private final ClassPages pages;

    GradingResource(ClassPages pages) {
        this.pages = pages;
    }

    @GET
    @Path("assignments/{assignmentId}/grading")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance view(@RestPath long classId, @RestPath long assignmentId, @RestQuery Long student,
            @RestQuery Long saved) {
        Classroom classroom = pages.owned(classId);
        Assignment assignment = OwnedClass.assignment(classroom, assignmentId);
        Gradings.Standings standings = Gradings.standings(classId, assignmentId);
        Enrollment current = standings.pick(student);
        if (student != null && current == null) {
            throw new NotFoundException();
        }
        Feedback stored = current == null ? null : Feedback.find(assignmentId, current.account.id);
        GradingView.Form form = stored == null ? new GradingView.Form("", "", Map.of())
                : new GradingView.Form(orEmpty(stored.comment), orEmpty(stored.score), Map.of());
        Enrollment savedFor = saved == null ? null : standings.pick(saved);
        return Templates.grading(view(classroom, assignment, standings, current, form, stored, savedFor));
    }

    @POST
    @Path("assignments/{assignmentId}/grading/{studentId}")
    @Produces(MediaType.TEXT_HTML)
    public Response save(@BeanParam FeedbackTarget.Ids at, @BeanParam FeedbackForm form) {
        FeedbackTarget target = at.load(pages);
        Map<String, String> errors = target.save(form, pages);
        if (!errors.isEmpty()) {
            Gradings.Standings standings = Gradings.standings(at.classId, at.assignmentId);
            GradingView.Form typed = new GradingView.Form(form.cleanComment(), form.cleanScore(), errors);
            return Response.status(400).entity(Templates.grading(view(target.classroom(), target.assignment(),
                    standings, target.student(), typed, Feedback.find(at.assignmentId, at.studentId), null))).build();
        }
        long shown = form.next() ? Gradings.standings(at.classId, at.assignmentId).after(at.studentId) : at.studentId;
        return Response.seeOther(URI.create(GradingPaths.gradingPage(target.classroom(), at.assignmentId, shown,
                at.studentId))).build();
    }

    @GET
    @Path("gradebook.csv")
    public Response gradebook(@RestPath long classId) {
        Classroom classroom = pages.owned(classId);
        return CsvFiles.download(GradebookCsv.write(Participation.of(classId, Participation.SortBy.NAME, pages.now()),
                Assignment.listFor(classId), Feedback.listForClass(classId)),
                CsvFiles.fileName(classroom.name, "gradebook"));
    }

    private GradingView view(Classroom classroom, Assignment assignment, Gradings.Standings standings,
            Enrollment current, GradingView.Form form, Feedback stored, Enrollment saved) {
        Checkpoints checkpoints = assignment.requiredReplies == null ? null
                : Checkpoints.forClass(classroom.id, Discussion.listFor(classroom.id), pages.now());
        List<GradingView.Row> rows = standings.students().stream()
                .map(s -> new GradingView.Row(s, standings.of(s), current != null && s.id.equals(current.id),
                        checkpoints == null ? null : checkpoints.of(s.account.id, assignment)))
                .toList();
        List<Transcript.Entry> posts = current == null ? List.of()
                : Transcript.ofStudentInAssignment(classroom, current.account.id, assignment.id, pages.library());
        return new GradingView(classroom, assignment, pages.article(assignment.article.id).title(), rows, current,
                posts, Gradings.headings(assignment), form,
                stored == null ? "" : FeedbackExtensions.commentHtml(stored), stored == null ? null : stored.updatedAt,
                saved);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
