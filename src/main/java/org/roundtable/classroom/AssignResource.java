package org.roundtable.classroom;

import java.time.Clock;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.roundtable.account.Roles;
import org.roundtable.account.Viewer;
import org.roundtable.article.Article;
import org.roundtable.article.ArticleContent;
import org.roundtable.article.ArticleLibrary;
import org.roundtable.article.Question;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Puts an article in front of a class: first choose the article, then which of its
 * questions, an optional due date, minimum words and instructions. Two plain steps, so
 * it works without JavaScript.
 */
@Path("/teach/classes/{classId}/assign")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.TEACHER)
public class AssignResource {

    public static final int MAX_INSTRUCTIONS = 4000;

    /** What was typed, kept across a refused submission. */
    public record AssignForm(List<Long> questionIds, String due, String minWords, String instructions) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance assign(Classroom classroom, List<Article> articles, ArticleContent article,
                Set<Long> alreadyAssigned, AssignForm form, Map<String, String> errors);
    }

    private final SecurityIdentity identity;
    private final ArticleLibrary library;

    private final Clock clock;

    AssignResource(SecurityIdentity identity, ArticleLibrary library, Clock clock) {
        this.clock = clock;
        this.identity = identity;
        this.library = library;
    }

    @GET
    @Transactional
    public TemplateInstance form(@RestPath long classId, @RestQuery Long article) {
        Classroom classroom = OwnedClass.load(classId, Viewer.of(identity));
        ArticleContent content = article == null ? null : library.get(article);
        AssignForm empty = new AssignForm(List.of(), "", "", "");
        return Templates.assign(classroom, Article.listNewestFirst(), content, assigned(classId), empty, Map.of());
    }

    @POST
    @Transactional
    public Response assign(@RestPath long classId, @RestForm Long articleId, @RestForm("question") List<Long> questionIds,
            @RestForm String due, @RestForm String minWords, @RestForm String instructions) {
        Classroom classroom = OwnedClass.load(classId, Viewer.of(identity));
        ArticleContent content = articleId == null ? null : library.get(articleId);
        List<Long> chosen = questionIds == null ? List.of() : questionIds;
        AssignForm form = new AssignForm(chosen, nullToEmpty(due), nullToEmpty(minWords), nullToEmpty(instructions));
        Set<Long> alreadyAssigned = assigned(classId);
        Map<String, String> errors = new LinkedHashMap<>();
        if (content == null) {
            errors.put("article", "Choose an article first.");
        } else if (chosen.isEmpty()) {
            errors.put("questions", "Choose at least one question.");
        } else if (chosen.stream().anyMatch(id -> content.question(id) == null || alreadyAssigned.contains(id))) {
            errors.put("questions", "Choose questions of this article that this class does not have yet.");
        }
        Instant dueAt = null;
        if (!form.due().isBlank()) {
            try {
                dueAt = LocalDateTime.parse(form.due().strip()).atZone(SchoolTime.ZONE).toInstant();
            } catch (DateTimeParseException e) {
                errors.put("due", "Enter the due date and time, for example 2026-12-04T15:30.");
            }
        }
        Integer words = null;
        if (!form.minWords().isBlank()) {
            try {
                words = Integer.parseInt(form.minWords().strip());
                if (words < 1 || words > 2000) {
                    errors.put("minWords", "Enter a number of words from 1 to 2000, or leave it empty.");
                }
            } catch (NumberFormatException e) {
                errors.put("minWords", "Enter a number of words from 1 to 2000, or leave it empty.");
            }
        }
        if (form.instructions().length() > MAX_INSTRUCTIONS) {
            errors.put("instructions", "Keep instructions under " + MAX_INSTRUCTIONS + " characters.");
        }
        if (!errors.isEmpty()) {
            return Response.status(400).entity(Templates.assign(classroom, Article.listNewestFirst(), content,
                    alreadyAssigned, form, errors)).build();
        }
        Assignment assignment = new Assignment();
        assignment.classroom = classroom;
        assignment.article = Article.findById(content.id());
        assignment.dueAt = dueAt;
        assignment.minWords = words;
        assignment.instructions = form.instructions().isBlank() ? null : form.instructions().strip();
        assignment.createdAt = clock.instant();
        assignment.persist();
        for (ArticleContent.QuestionView question : content.questions()) {
            if (chosen.contains(question.id())) {
                Discussion.open(assignment, Question.findById(question.id()));
            }
        }
        return Response.seeOther(URI.create("/teach/classes/" + classId)).build();
    }

    private static Set<Long> assigned(long classId) {
        return Discussion.listFor(classId).stream().map(d -> d.question.id).collect(Collectors.toSet());
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
