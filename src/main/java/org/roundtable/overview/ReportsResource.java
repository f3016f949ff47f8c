package org.roundtable.overview;

import java.util.List;

import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.roundtable.account.Roles;
import org.roundtable.article.ArticleContent;
import org.roundtable.classroom.ClassPages;
import org.roundtable.classroom.Classroom;
import org.roundtable.classroom.Discussion;
import org.roundtable.classroom.Enrollment;
import org.roundtable.classroom.OwnedClass;
import org.roundtable.discussion.CsvFiles;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** What graders ask for: participation (page and CSV), a student's transcript, a discussion's export. */
@Path("/teach/classes/{classId}")
@RolesAllowed(Roles.TEACHER)
public class ReportsResource {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance participation(Classroom classroom, Participation participation,
                Participation.SortBy sort, Participation.SortBy[] sorts);

        static native TemplateInstance transcript(Classroom classroom, Enrollment student,
                List<Transcript.Entry> entries);

        static native TemplateInstance export(Classroom classroom, ArticleContent article,
                ArticleContent.QuestionView question, long discussionId, List<Transcript.Entry> entries);
    }

    private final ClassPages pages;

    ReportsResource(ClassPages pages) {
        this.pages = pages;
    }

    @GET
    @Path("participation")
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    public TemplateInstance participation(@RestPath long classId, @RestQuery String sort) {
        Classroom classroom = pages.owned(classId);
        Participation.SortBy by = Participation.SortBy.parse(sort);
        return Templates.participation(classroom, Participation.of(classId, by), by, Participation.SortBy.values());
    }

    @GET
    @Path("participation.csv")
    @Transactional
    public Response participationCsv(@RestPath long classId) {
        Classroom classroom = pages.owned(classId);
        return CsvReports.participation(CsvFiles.fileName(classroom.name, "participation"),
                Participation.of(classId, Participation.SortBy.NAME));
    }

    @GET
    @Path("students/{studentId}/transcript")
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    public TemplateInstance transcript(@RestPath long classId, @RestPath long studentId) {
        Classroom classroom = pages.owned(classId);
        Enrollment student = OwnedClass.student(classroom, studentId);
        return Templates.transcript(classroom, student, Transcript.ofStudent(classroom, studentId, pages.library()));
    }

    @GET
    @Path("discussions/{discussionId}/export")
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    public TemplateInstance export(@RestPath long classId, @RestPath long discussionId) {
        Classroom classroom = pages.owned(classId);
        Discussion discussion = OwnedClass.inClass(classroom, Discussion.findWithQuestion(discussionId));
        ArticleContent article = pages.article(discussion.question.article.id);
        return Templates.export(classroom, article, article.question(discussion.question.id), discussion.id,
                Transcript.ofDiscussion(classroom, discussion, pages.library()));
    }

    @GET
    @Path("discussions/{discussionId}/export.csv")
    @Transactional
    public Response exportCsv(@RestPath long classId, @RestPath long discussionId) {
        Classroom classroom = pages.owned(classId);
        Discussion discussion = OwnedClass.inClass(classroom, Discussion.findWithQuestion(discussionId));
        return CsvReports.discussion(CsvFiles.fileName(classroom.name, "question-" + discussion.question.position),
                Transcript.ofDiscussion(classroom, discussion, pages.library()));
    }
}
