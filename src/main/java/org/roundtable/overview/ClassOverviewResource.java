package org.roundtable.overview;

import java.util.List;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestPath;
import org.roundtable.account.Roles;
import org.roundtable.article.ArticleContent;
import org.roundtable.classroom.ClassPages;
import org.roundtable.classroom.Classroom;
import org.roundtable.classroom.ClassroomPaths;
import org.roundtable.classroom.Discussion;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A class's overview for its teacher: its discussions, numbers and join code. */
@Path("/teach/classes/{classId}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.TEACHER)
public class ClassOverviewResource {

    public record DiscussionRow(Discussion discussion, ArticleContent article, ArticleContent.QuestionView question) {
    }

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance overview(Classroom classroom, ClassStats stats, List<DiscussionRow> discussions,
                String joinUrl);
    }

    private final ClassPages pages;
    private final String publicUrl;

    ClassOverviewResource(ClassPages pages, @ConfigProperty(name = "roundtable.public-url") String publicUrl) {
        this.pages = pages;
        this.publicUrl = publicUrl;
    }

    @GET
    @Transactional
    public TemplateInstance overview(@RestPath long classId) {
        Classroom classroom = pages.owned(classId);
        List<DiscussionRow> discussions = Discussion.listFor(classId).stream().map(d -> {
            ArticleContent article = pages.article(d.question.article.id);
            return new DiscussionRow(d, article, article.question(d.question.id));
        }).toList();
        ClassStats stats = ClassStats.of(ClassStats.forTeacher(pages.viewer().accountId()), classId);
        return Templates.overview(classroom, stats, discussions, ClassroomPaths.joinUrl(publicUrl, classroom));
    }
}
