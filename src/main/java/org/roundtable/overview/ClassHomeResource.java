package org.roundtable.overview;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.roundtable.account.Viewer;
import org.roundtable.article.ArticleContent;
import org.roundtable.classroom.Announcement;
import org.roundtable.classroom.AssignedQuestions;
import org.roundtable.classroom.Assignment;
import org.roundtable.classroom.ClassMember;
import org.roundtable.classroom.ClassPages;
import org.roundtable.classroom.Classroom;
import org.roundtable.classroom.ClassroomPaths;
import org.roundtable.classroom.Discussion;
import org.roundtable.classroom.Enrollment;
import org.roundtable.classroom.Feedback;
import org.roundtable.classroom.StillWaiting;
import org.roundtable.discussion.DiscussionPaths;
import org.roundtable.discussion.PostCounts;
import org.roundtable.discussion.Progress;
import org.roundtable.language.Messages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.transaction.Transactional;
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
@Transactional
public class ClassHomeResource {

    /**
     * An assignment with its questions and, for a student, the teacher's private feedback and, when it asks
     * for replies, where they stand on each part (else null).
     */
    public record AssignmentView(Assignment assignment, ArticleContent article, List<QuestionItem> questions,
            Feedback feedback, Checkpoints.Checkpoint checkpoint) {
    }

    public record QuestionItem(Discussion discussion, ArticleContent.QuestionView question, Progress progress) {
    }

    /** A student's post the teacher removed, as their class home tells them: where, with a link, and why. */
    public record RemovedNotice(String question, String path, String reason) {
    }

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance home(Classroom classroom, Enrollment enrollment,
                List<Announcement> announcements, List<AssignmentView> assignments, List<RemovedNotice> removed,
                Instant now);

        static native TemplateInstance article(Classroom classroom, ArticleContent article,
                List<QuestionItem> questions, Assignment assignment, Map<Long, Long> citations, boolean teacher,
                QuotedPassages quoted, String back, String backSection);

        /** What a student sees until the teacher lets them in: nothing of the class's work. */
        static native TemplateInstance waiting(Classroom classroom, Enrollment enrollment);
    }

    private final ClassPages pages;

    ClassHomeResource(ClassPages pages) {
        this.pages = pages;
    }

    @GET
    public Object home(@RestPath long classId) {
        ClassMember member = pages.member(classId);
        if (member.teacher()) {
            return Response.seeOther(URI.create(ClassroomPaths.teachHome(member.classroom()))).build();
        }
        if (member.waiting()) {
            return Templates.waiting(member.classroom(), member.enrollment());
        }
        Classroom classroom = member.classroom();
        List<Discussion> listed = Discussion.listFor(classroom.id);
        return Templates.home(classroom, member.enrollment(),
                Announcement.showingTo(classroom.id, pages.viewer().accountId()),
                assignments(classroom, pages.viewer(), listed),
                removed(classroom, listed), pages.now());
    }

    @GET
    @Path("articles/{articleId}")
    public TemplateInstance article(@RestPath long classId, @RestPath long articleId, @RestQuery Long from,
            @RestQuery String section) {
        ClassMember member = pages.member(classId);
        if (member.waiting()) {
            throw new StillWaiting(member.classroom());
        }
        AssignmentView view = assignments(member.classroom(), pages.viewer(), Discussion.listFor(classId)).stream()
                .filter(a -> a.article().id() == articleId).findFirst()
                .orElseThrow(NotFoundException::new);
        QuotedPassages quoted = member.teacher()
                ? QuotedPassages.of(view.article(), PostCounts.quotedPassages(classId, articleId))
                : QuotedPassages.NONE; // which passages classmates quote is the teacher's to see
        return Templates.article(member.classroom(), view.article(), view.questions(), view.assignment(),
                PostCounts.citations(classId, articleId), member.teacher(), quoted,
                backToDraft(member.classroom(), view, from), section);
    }

    /** "Back to your answer", when the page was opened from one of the article's discussions with a draft kept. */
    private static String backToDraft(Classroom classroom, AssignmentView view, Long from) {
        boolean known = from != null && view.questions().stream().anyMatch(q -> q.discussion().id.equals(from));
        return known ? DiscussionPaths.draftReturn(classroom, from) : null;
    }

    /** The viewer's posts the teacher removed, on questions still assigned, named as the class home numbers them. */
    private List<RemovedNotice> removed(Classroom classroom, List<Discussion> listed) {
        Map<Long, AssignedQuestions.Numbered> numbered = AssignedQuestions.byId(listed);
        List<RemovedNotice> notices = new ArrayList<>();
        for (PostCounts.Removed post : PostCounts.removedFor(classroom.id, pages.viewer().accountId())) {
            AssignedQuestions.Numbered question = numbered.get(post.discussionId());
            if (question != null) {
                notices.add(new RemovedNotice(Messages.now(OverviewMsg.class).questionNumber(question.number()),
                        ClassroomPaths.discussionPage(classroom, post.discussionId()), post.reason()));
            }
        }
        return notices;
    }

    private List<AssignmentView> assignments(Classroom classroom, Viewer viewer, List<Discussion> listed) {
        Map<Long, Progress> progress = viewer.isStudent()
                ? Progress.forStudent(classroom.id, viewer.accountId()) : Map.of();
        Map<Long, List<QuestionItem>> byAssignment = new LinkedHashMap<>();
        Map<Long, Assignment> assignments = new LinkedHashMap<>();
        for (Discussion discussion : listed) {
            Assignment assignment = discussion.assignment;
            ArticleContent article = pages.article(discussion.question.article.id);
            assignments.putIfAbsent(assignment.id, assignment);
            byAssignment.computeIfAbsent(assignment.id, k -> new ArrayList<>()).add(new QuestionItem(discussion,
                    article.viewOf(discussion.question), Progress.of(progress, discussion.id)));
        }
        Map<Long, Feedback> feedback = new HashMap<>();
        Checkpoints checkpoints = null;
        if (viewer.isStudent()) {
            Feedback.listFor(classroom.id, viewer.accountId()).forEach(f -> feedback.put(f.assignment.id, f));
            checkpoints = Checkpoints.forStudent(classroom.id, viewer.accountId(), listed, pages.now());
        }
        List<AssignmentView> views = new ArrayList<>();
        for (Assignment assignment : assignments.values()) {
            views.add(new AssignmentView(assignment, pages.article(assignment.article.id),
                    byAssignment.get(assignment.id), feedback.get(assignment.id),
                    checkpoints == null ? null : checkpoints.of(viewer.accountId(), assignment)));
        }
        return views;
    }
}
