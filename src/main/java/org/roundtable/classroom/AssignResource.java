package org.roundtable.classroom;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.roundtable.account.Roles;
import org.roundtable.article.Article;
import org.roundtable.article.ArticleContent;
import org.roundtable.article.Question;

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
 * Puts an article in front of a class: first choose the article, then which of its
 * questions, an optional due date, minimum words, replies to classmates and instructions. Two plain steps, so
 * it works without JavaScript.
 */
@Path("/teach/classes/{classId}/assign")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.TEACHER)
@Transactional
public class AssignResource {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance assign(Classroom classroom, List<Article> articles, ArticleContent article,
                Set<Long> alreadyAssigned, AssignForm form, Map<String, String> errors);
    }

    private final ClassPages pages;

    AssignResource(ClassPages pages) {
        this.pages = pages;
    }

    @GET
    public TemplateInstance form(@RestPath long classId, @RestQuery Long article) {
        Classroom classroom = pages.owned(classId);
        ArticleContent content = article == null ? null : pages.article(article);
        return Templates.assign(classroom, Article.listNewestFirst(), content, assigned(classId), AssignForm.empty(),
                Map.of());
    }

    @POST
    public Response assign(@RestPath long classId, @BeanParam AssignForm form) {
        Classroom classroom = pages.owned(classId);
        ArticleContent content = form.articleId == null ? null : pages.article(form.articleId);
        Set<Long> alreadyAssigned = assigned(classId);
        Map<String, String> errors = form.orEmpty().validate(content, alreadyAssigned);
        if (!errors.isEmpty()) {
            return Response.status(400).entity(Templates.assign(classroom, Article.listNewestFirst(), content,
                    alreadyAssigned, form, errors)).build();
        }
        Assignment assignment = Assignment.create(classroom, Article.findById(content.id()), pages.now());
        form.applyTo(assignment);
        assignment.open(chosenQuestions(content, form.questionIds));
        form.askOwn(assignment);
        pages.tell(new AssignmentMade(classId, assignment.id));
        return Response.seeOther(URI.create(ClassroomPaths.teachHome(classroom))).build();
    }

    /** The chosen questions in the article's order, whatever order the form sent them in. */
    private static List<Question> chosenQuestions(ArticleContent content, List<Long> chosen) {
        return content.questions().stream().filter(q -> chosen.contains(q.id()))
                .map(q -> Question.<Question>findById(q.id())).toList();
    }

    private static Set<Long> assigned(long classId) {
        return Discussion.listAllFor(classId).stream().map(d -> d.question.id).collect(Collectors.toSet());
    }
}
