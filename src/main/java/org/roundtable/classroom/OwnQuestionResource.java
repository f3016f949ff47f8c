package org.roundtable.classroom;

import java.net.URI;
import java.util.Map;

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
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A question a teacher added to their class's assignment: its edit form, and removing it. Only the class's own
 * questions are here; the article's questions, shared by every class, are ticked or unticked on the assignment's
 * edit page. A removed question with posts is taken away, so its posts stay for the teacher; one without is deleted.
 */
@Path("/teach/classes/{classId}/assignments/{assignmentId}/questions/{discussionId: \\d+}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.TEACHER)
@Transactional
public class OwnQuestionResource {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance edit(Classroom classroom, ArticleContent article, Discussion discussion,
                OwnQuestionForm form, Map<String, String> errors);
    }

    private final ClassPages pages;
    private final DiscussionPosts posts;

    OwnQuestionResource(ClassPages pages, DiscussionPosts posts) {
        this.pages = pages;
        this.posts = posts;
    }

    @GET
    @Path("edit")
    public TemplateInstance edit(@RestPath long classId, @RestPath long assignmentId, @RestPath long discussionId) {
        Discussion discussion = own(classId, assignmentId, discussionId);
        return page(discussion, OwnQuestionForm.of(discussion.question), Map.of());
    }

    @POST
    public Response save(@RestPath long classId, @RestPath long assignmentId, @RestPath long discussionId,
            @BeanParam OwnQuestionForm form) {
        Discussion discussion = own(classId, assignmentId, discussionId);
        Map<String, String> errors = form.orEmpty().validate();
        if (!errors.isEmpty()) {
            return Response.status(400).entity(page(discussion, form, errors)).build();
        }
        Question question = discussion.question;
        if (!question.text.equals(form.cleanText()) || question.stanceEnabled != form.stanceEnabled()) {
            String before = AssignedQuestions.shortText(question.text);
            question.rewrite(form.cleanText(), form.stanceEnabled());
            fire(discussion, discussion.id, Change.EDITED, "own question “" + before + "” → “"
                    + AssignedQuestions.shortText(question.text) + "”" + (question.stanceEnabled ? " (takes a stance)"
                            : ""));
        }
        return back(discussion);
    }

    @POST
    @Path("remove")
    public Response remove(@RestPath long classId, @RestPath long assignmentId, @RestPath long discussionId) {
        Discussion discussion = own(classId, assignmentId, discussionId);
        String words = AssignedQuestions.shortText(discussion.question.text);
        if (posts.any(discussion.id)) {
            if (!discussion.withdrawn) {
                discussion.assignment.takeAway(discussion);
                fire(discussion, discussion.id, Change.WITHDRAWN, words);
            }
        } else {
            Question question = discussion.question;
            Response back = back(discussion);
            fire(discussion, null, Change.WITHDRAWN, "own question removed: " + words);
            discussion.delete();
            question.delete();
            return back;
        }
        return back(discussion);
    }

    @POST
    @Path("restore")
    public Response restore(@RestPath long classId, @RestPath long assignmentId, @RestPath long discussionId) {
        Discussion discussion = own(classId, assignmentId, discussionId);
        if (discussion.withdrawn) {
            discussion.assignment.bringBack(discussion);
            fire(discussion, discussion.id, Change.RESTORED, AssignedQuestions.shortText(discussion.question.text));
        }
        return back(discussion);
    }

    /**
     * The discussion of a question the class's assignment added itself: 403 for another teacher's class, 404 for a
     * discussion of another assignment or of one of the article's own questions.
     */
    private Discussion own(long classId, long assignmentId, long discussionId) {
        Classroom classroom = pages.owned(classId);
        Discussion discussion = OwnedClass.discussion(classroom, discussionId);
        if (discussion.assignment.id != assignmentId || !Long.valueOf(assignmentId)
                .equals(discussion.question.assignmentId)) {
            throw new NotFoundException();
        }
        return discussion;
    }

    private TemplateInstance page(Discussion discussion, OwnQuestionForm form, Map<String, String> errors) {
        return Templates.edit(discussion.classroom, pages.article(discussion.assignment.article.id), discussion, form,
                errors);
    }

    private void fire(Discussion discussion, Long discussionId, Change change, String summary) {
        pages.tell(new AssignmentChanged(pages.viewer(), discussion.classroom.id, discussion.assignment.id,
                discussionId, change, summary));
    }

    private static Response back(Discussion discussion) {
        return Response.seeOther(URI.create(ClassroomPaths.assignmentEdit(discussion.classroom,
                discussion.assignment.id))).build();
    }
}
