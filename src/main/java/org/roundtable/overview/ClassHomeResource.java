package org.roundtable.overview;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.RestPath;
import org.roundtable.account.Viewer;
import org.roundtable.article.ArticleContent;
import org.roundtable.classroom.Assignment;
import org.roundtable.classroom.ClassMember;
import org.roundtable.classroom.ClassPages;
import org.roundtable.classroom.Classroom;
import org.roundtable.classroom.ClassroomPaths;
import org.roundtable.classroom.Discussion;
import org.roundtable.classroom.Enrollment;
import org.roundtable.classroom.Feedback;
import org.roundtable.discussion.PostCounts;
import org.roundtable.discussion.Progress;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A student's class home: their assignments, each question with their progress, and
 * the article in the class (which shows post counts, hence this package).
 */
@Path("/classes/{classId}")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class ClassHomeResource {

    /** An assignment with its questions and, for a student, the teacher's private feedback. */
    public record AssignmentView(Assignment assignment, ArticleContent article, List<QuestionItem> questions,
            Feedback feedback) {
    }

    public record QuestionItem(Discussion discussion, ArticleContent.QuestionView question, Progress progress) {
    }

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance home(Classroom classroom, Enrollment enrollment,
                List<AssignmentView> assignments,
                Instant now);

        static native TemplateInstance article(Classroom classroom, ArticleContent article,
                List<QuestionItem> questions, Assignment assignment, Map<Long, Long> citations, boolean teacher);

        /** What a student sees until the teacher lets them in: nothing of the class's work. */
        static native TemplateInstance waiting(Classroom classroom, Enrollment enrollment);
    }

    private final ClassPages pages;

    ClassHomeResource(ClassPages pages) {
        this.pages = pages;
    }

    @GET
    @Transactional
    public Object home(@RestPath long classId) {
        ClassMember member = pages.member(classId);
        if (member.teacher()) {
            return Response.seeOther(URI.create(ClassroomPaths.teachHome(member.classroom()))).build();
        }
        if (member.waiting()) {
            return Templates.waiting(member.classroom(), member.enrollment());
        }
        return Templates.home(member.classroom(), member.enrollment(), assignments(member.classroom(), pages.viewer()),
                pages.now());
    }

    @GET
    @Path("articles/{articleId}")
    @Transactional
    public TemplateInstance article(@RestPath long classId, @RestPath long articleId) {
        ClassMember member = pages.member(classId);
        if (member.waiting()) {
            throw new ForbiddenException();
        }
        AssignmentView view = assignments(member.classroom(), pages.viewer()).stream()
                .filter(a -> a.article().id() == articleId).findFirst()
                .orElseThrow(NotFoundException::new);
        return Templates.article(member.classroom(), view.article(), view.questions(), view.assignment(),
                PostCounts.citations(classId, articleId), member.teacher());
    }

    /** How often each section of the article is cited by visible posts in this class. */

    private List<AssignmentView> assignments(Classroom classroom, Viewer viewer) {
        Map<Long, Progress> progress = viewer.isStudent()
                ? Progress.forStudent(classroom.id, viewer.accountId()) : Map.of();
        Map<Long, List<QuestionItem>> byAssignment = new LinkedHashMap<>();
        Map<Long, Assignment> assignments = new LinkedHashMap<>();
        for (Discussion discussion : Discussion.listFor(classroom.id)) {
            Assignment assignment = discussion.assignment;
            ArticleContent article = pages.article(discussion.question.article.id);
            assignments.putIfAbsent(assignment.id, assignment);
            byAssignment.computeIfAbsent(assignment.id, k -> new ArrayList<>()).add(new QuestionItem(discussion,
                    article.question(discussion.question.id), Progress.of(progress, discussion.id)));
        }
        Map<Long, Feedback> feedback = new HashMap<>();
        if (viewer.isStudent()) {
            Feedback.listFor(classroom.id, viewer.accountId()).forEach(f -> feedback.put(f.assignment.id, f));
        }
        List<AssignmentView> views = new ArrayList<>();
        for (Assignment assignment : assignments.values()) {
            views.add(new AssignmentView(assignment, pages.article(assignment.article.id),
                    byAssignment.get(assignment.id), feedback.get(assignment.id)));
        }
        return views;
    }
}
