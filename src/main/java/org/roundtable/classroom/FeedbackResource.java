package org.roundtable.classroom;

import java.time.Clock;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.roundtable.account.Roles;
import org.roundtable.account.Viewer;
import org.roundtable.article.ArticleLibrary;

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

/** Private feedback: a comment and optional score per student per assignment, seen only by that student. */
@Path("/teach/classes/{classId}/students/{studentId}/feedback")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.TEACHER)
public class FeedbackResource {

    /** One assignment's feedback form, as stored or as just typed. */
    public record Item(Assignment assignment, String articleTitle, String comment, String score,
            Map<String, String> errors, Instant updatedAt) {

        public String errorId(String field) {
            return field + "-error-" + assignment.id;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance feedback(Classroom classroom, Enrollment student, List<Item> items,
                boolean saved);
    }

    private final SecurityIdentity identity;
    private final ArticleLibrary library;

    private final Clock clock;

    FeedbackResource(SecurityIdentity identity, ArticleLibrary library, Clock clock) {
        this.clock = clock;
        this.identity = identity;
        this.library = library;
    }

    @GET
    @Transactional
    public TemplateInstance form(@RestPath long classId, @RestPath long studentId, @RestQuery String saved) {
        Classroom classroom = OwnedClass.load(classId, Viewer.of(identity));
        Enrollment student = OwnedClass.student(classroom, studentId);
        return Templates.feedback(classroom, student, items(classroom, studentId, null, null), saved != null);
    }

    @POST
    @Path("{assignmentId}")
    @Transactional
    public Response save(@RestPath long classId, @RestPath long studentId, @RestPath long assignmentId,
            @RestForm String comment, @RestForm String score) {
        Classroom classroom = OwnedClass.load(classId, Viewer.of(identity));
        Enrollment student = OwnedClass.student(classroom, studentId);
        Assignment assignment = Assignment.findById(assignmentId);
        if (assignment == null || !assignment.classroom.id.equals(classroom.id)) {
            throw new NotFoundException();
        }
        String cleanComment = comment == null ? "" : comment.replace("\r\n", "\n").strip();
        String cleanScore = score == null ? "" : score.strip();
        Map<String, String> errors = new LinkedHashMap<>();
        if (cleanComment.length() > Feedback.MAX_COMMENT) {
            errors.put("comment", "Keep the comment under " + Feedback.MAX_COMMENT + " characters.");
        }
        if (cleanScore.length() > Feedback.MAX_SCORE) {
            errors.put("score", "Keep the score short, for example 8/10 or B+.");
        }
        if (!errors.isEmpty()) {
            Item typed = new Item(assignment, library.get(assignment.article.id).title(), cleanComment, cleanScore,
                    errors, null);
            return Response.status(400)
                    .entity(Templates.feedback(classroom, student, items(classroom, studentId, assignmentId, typed), false))
                    .build();
        }
        Feedback feedback = Feedback.find(assignmentId, studentId);
        if (cleanComment.isEmpty() && cleanScore.isEmpty()) {
            if (feedback != null) {
                feedback.delete();
            }
        } else {
            if (feedback == null) {
                feedback = new Feedback();
                feedback.assignment = assignment;
                feedback.account = student.account;
            }
            feedback.comment = cleanComment.isEmpty() ? null : cleanComment;
            feedback.score = cleanScore.isEmpty() ? null : cleanScore;
            feedback.updatedAt = clock.instant();
            feedback.persist();
        }
        return Response.seeOther(URI.create("/teach/classes/" + classId + "/students/" + studentId
                + "/feedback?saved=1#assignment-" + assignmentId)).build();
    }

    private List<Item> items(Classroom classroom, long studentId, Long replacedId, Item replacement) {
        Map<Long, Feedback> given = new LinkedHashMap<>();
        Feedback.listFor(classroom.id, studentId).forEach(f -> given.put(f.assignment.id, f));
        return Assignment.listFor(classroom.id).stream().map(a -> {
            if (replacedId != null && a.id.equals(replacedId)) {
                return replacement;
            }
            Feedback f = given.get(a.id);
            return new Item(a, library.get(a.article.id).title(), f == null || f.comment == null ? "" : f.comment,
                    f == null || f.score == null ? "" : f.score, Map.of(), f == null ? null : f.updatedAt);
        }).toList();
    }
}
