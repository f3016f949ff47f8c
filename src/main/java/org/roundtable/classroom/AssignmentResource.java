package org.roundtable.classroom;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jboss.resteasy.reactive.RestPath;
import org.roundtable.account.Roles;
import org.roundtable.article.ArticleContent;
import org.roundtable.article.Question;
import org.roundtable.classroom.AssignmentChanged.Change;

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

/**
 * Changes an assignment after it is made, as plans change: its due date, minimum words,
 * instructions, maximum score and required replies, and which of its article's questions are assigned. A
 * question taken away keeps its discussion and posts, so ticking it again brings it back.
 */
@Path("/teach/classes/{classId}/assignments/{assignmentId}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.TEACHER)
@Transactional
public class AssignmentResource {

    /** One of the article's questions as the edit form offers it. */
    public record Choice(ArticleContent.QuestionView question, Discussion discussion, boolean elsewhere) {

        public boolean withdrawn() {
            return discussion != null && discussion.withdrawn;
        }
    }

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance edit(Classroom classroom, Assignment assignment, ArticleContent article,
                List<Choice> choices, EditAssignmentForm form, Map<String, String> errors,
                List<Discussion> ownQuestions, OwnQuestionForm newQuestion, Map<String, String> questionErrors);
    }

    /** The assignment, in a class the teacher owns, and every discussion of the class: the form needs them all. */
    private record Editing(Classroom classroom, Assignment assignment, List<Discussion> all) {

        List<Discussion> own() {
            return all.stream().filter(d -> d.assignment.id.equals(assignment.id)).toList();
        }

        /** Questions of the class held by its other assignments: one discussion per question and class. */
        Set<Long> elsewhere() {
            return all.stream().filter(d -> !d.assignment.id.equals(assignment.id)).map(d -> d.question.id)
                    .collect(Collectors.toSet());
        }
    }

    private final ClassPages pages;

    AssignmentResource(ClassPages pages) {
        this.pages = pages;
    }

    @GET
    @Path("edit")
    public TemplateInstance edit(@RestPath long classId, @RestPath long assignmentId) {
        Editing editing = editing(classId, assignmentId);
        return page(editing, EditAssignmentForm.of(editing.assignment(), editing.own()), Map.of());
    }

    /** Adds a question of the teacher's own to this class's assignment: its discussion opens at once. */
    @POST
    @Path("questions")
    public Response ask(@RestPath long classId, @RestPath long assignmentId, @BeanParam OwnQuestionForm form) {
        Editing editing = editing(classId, assignmentId);
        Map<String, String> errors = form.orEmpty().validate();
        if (!errors.isEmpty()) {
            return Response.status(400).entity(page(editing, EditAssignmentForm.of(editing.assignment(),
                    editing.own()), Map.of(), form, errors)).build();
        }
        Discussion opened = editing.assignment().ask(form.cleanText(), form.stanceEnabled());
        fire(editing.assignment(), opened.id, Change.ADDED, AssignedQuestions.shortText(form.cleanText()));
        return Response.seeOther(URI.create(ClassroomPaths.assignmentEdit(editing.classroom(), assignmentId)))
                .build();
    }

    @POST
    public Response save(@RestPath long classId, @RestPath long assignmentId, @BeanParam EditAssignmentForm form) {
        Editing editing = editing(classId, assignmentId);
        Assignment assignment = editing.assignment();
        ArticleContent article = pages.article(assignment.article.id);
        Map<String, String> errors = form.orEmpty().validate(article, editing.elsewhere(),
                editing.own().stream().anyMatch(d -> d.question.isOwn() && !d.withdrawn));
        if (!errors.isEmpty()) {
            return Response.status(400).entity(page(editing, form, errors)).build();
        }
        String summary = form.changesFrom(assignment);
        form.applyTo(assignment);
        if (!summary.isEmpty()) {
            fire(assignment, null, Change.EDITED, summary);
        }
        applyQuestions(assignment, article, editing.own(), form.questionIds);
        return Response.seeOther(URI.create(ClassroomPaths.teachHome(editing.classroom()))).build();
    }

    private Editing editing(long classId, long assignmentId) {
        Classroom classroom = pages.owned(classId);
        return new Editing(classroom, OwnedClass.assignment(classroom, assignmentId), Discussion.listAllFor(classId));
    }

    /** Opens, takes away or brings back each question whose box changed, in the article's order. */
    private void applyQuestions(Assignment assignment, ArticleContent article, List<Discussion> own,
            List<Long> ticked) {
        Map<Long, Discussion> byQuestion = own.stream().collect(Collectors.toMap(d -> d.question.id,
                Function.identity()));
        for (ArticleContent.QuestionView question : article.questions()) {
            Discussion discussion = byQuestion.get(question.id());
            boolean wanted = ticked.contains(question.id());
            String words = AssignedQuestions.shortText(question.text());
            if (wanted && discussion == null) {
                Discussion opened = assignment.add(Question.<Question>findById(question.id()));
                fire(assignment, opened.id, Change.ADDED, words);
            } else if (wanted && discussion.withdrawn) {
                assignment.bringBack(discussion);
                fire(assignment, discussion.id, Change.RESTORED, words);
            } else if (!wanted && discussion != null && !discussion.withdrawn) {
                assignment.takeAway(discussion);
                fire(assignment, discussion.id, Change.WITHDRAWN, words);
            }
        }
    }

    private void fire(Assignment assignment, Long discussionId, Change change, String summary) {
        pages.tell(new AssignmentChanged(pages.viewer(), assignment.classroom.id, assignment.id, discussionId,
                change, summary));
    }

    private TemplateInstance page(Editing editing, EditAssignmentForm form, Map<String, String> errors) {
        return page(editing, form, errors, OwnQuestionForm.empty(), Map.of());
    }

    private TemplateInstance page(Editing editing, EditAssignmentForm form, Map<String, String> errors,
            OwnQuestionForm newQuestion, Map<String, String> questionErrors) {
        ArticleContent article = pages.article(editing.assignment().article.id);
        Map<Long, Discussion> byQuestion = editing.own().stream()
                .collect(Collectors.toMap(d -> d.question.id, Function.identity()));
        Set<Long> elsewhere = editing.elsewhere();
        List<Choice> choices = article.questions().stream().map(q -> new Choice(q, byQuestion.get(q.id()),
                elsewhere.contains(q.id()))).toList();
        return Templates.edit(editing.classroom(), editing.assignment(), article, choices, form, errors,
                Assignment.ownQuestions(editing.assignment().id), newQuestion, questionErrors);
    }
}
