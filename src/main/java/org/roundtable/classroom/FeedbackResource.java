package org.roundtable.classroom;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.roundtable.account.Roles;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Private feedback: a comment and optional score per student per assignment, seen only by that student. */
@Path("/teach/classes/{classId}/students/{studentId}/feedback")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.TEACHER)
@Transactional
public class FeedbackResource {

    /** One assignment's feedback form, as stored or as just typed. */
    public record Item(Assignment assignment, String articleTitle, String comment, String score,
            Map<String, String> errors, Instant updatedAt) {

        /** Each assignment has its own form on the page, so its controls' ids carry the assignment. */
        public String fieldId(String field) {
            return field + "-" + assignment.id;
        }
    }

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance feedback(Classroom classroom, Enrollment student, List<Item> items,
                boolean saved);
    }

    private final ClassPages pages;

    FeedbackResource(ClassPages pages) {
        this.pages = pages;
    }

    @GET
    public TemplateInstance form(@RestPath long classId, @RestPath long studentId, @RestQuery String saved) {
        Classroom classroom = pages.owned(classId);
        Enrollment student = OwnedClass.student(classroom, studentId);
        return Templates.feedback(classroom, student, items(classroom, studentId, null, null), saved != null);
    }

    @POST
    @Path("{assignmentId}")
    public Response save(@BeanParam FeedbackTarget.Ids at, @BeanParam FeedbackForm form) {
        FeedbackTarget target = at.load(pages);
        Map<String, String> errors = target.save(form, pages);
        if (!errors.isEmpty()) {
            Assignment assignment = target.assignment();
            Item typed = new Item(assignment, pages.article(assignment.article.id).title(), form.cleanComment(),
                    form.cleanScore(), errors, null);
            return Response.status(400).entity(Templates.feedback(target.classroom(), target.student(),
                    items(target.classroom(), at.studentId, assignment.id, typed), false)).build();
        }
        String page = ClassroomPaths.studentAction(target.classroom(), at.studentId, "feedback");
        return Response.seeOther(URI.create(page + "?saved=1#assignment-" + at.assignmentId)).build();
    }

    private List<Item> items(Classroom classroom, long studentId, Long replacedId, Item replacement) {
        Map<Long, Feedback> given = new LinkedHashMap<>();
        Feedback.listFor(classroom.id, studentId).forEach(f -> given.put(f.assignment.id, f));
        return Assignment.listFor(classroom.id).stream().map(a -> {
            if (replacedId != null && a.id.equals(replacedId)) {
                return replacement;
            }
            Feedback f = given.get(a.id);
            return new Item(a, pages.article(a.article.id).title(), f == null || f.comment == null ? "" : f.comment,
                    f == null || f.score == null ? "" : f.score, Map.of(), f == null ? null : f.updatedAt);
        }).toList();
    }
}
