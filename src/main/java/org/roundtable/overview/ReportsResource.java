package org.roundtable.overview;

import java.util.List;
import java.util.Locale;

import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.roundtable.account.Roles;
import org.roundtable.article.ArticleContent;
import org.roundtable.article.Question;
import org.roundtable.classroom.ClassPages;
import org.roundtable.classroom.Classroom;
import org.roundtable.classroom.ClassroomPaths;
import org.roundtable.classroom.Discussion;
import org.roundtable.classroom.Enrollment;
import org.roundtable.classroom.OwnedClass;
import org.roundtable.discussion.CsvFiles;
import org.roundtable.discussion.MindsChart;
import org.roundtable.discussion.StanceChange;
import org.roundtable.discussion.ThreadBuilder;

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
@Transactional
public class ReportsResource {

    /** What a report's address ends with to be downloaded rather than shown. */
    private static final String CSV = ".csv";

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance participation(Classroom classroom, Participation participation,
                Participation.SortBy sort, Participation.SortBy[] sorts);

        static native TemplateInstance transcript(Classroom classroom, Enrollment student,
                List<Transcript.Entry> entries);

        static native TemplateInstance export(Classroom classroom, ArticleContent article,
                ArticleContent.QuestionView question, long discussionId, List<Transcript.Entry> entries,
                MindsChart minds);
    }

    private final ClassPages pages;

    ReportsResource(ClassPages pages) {
        this.pages = pages;
    }

    /** The page, or with {@code .csv} the download: one row per student and question, in name order. */
    @GET
    @Path("participation{format: |\\.csv}")
    public Response participation(@RestPath long classId, @RestPath String format, @RestQuery String sort) {
        Classroom classroom = pages.owned(classId);
        if (CSV.equals(format)) {
            return CsvReports.participation(CsvFiles.fileName(classroom.name, "participation"),
                    Participation.of(classId, Participation.SortBy.NAME, pages.now()));
        }
        Participation.SortBy by = Participation.SortBy.parse(sort);
        return Response.ok(Templates.participation(classroom, Participation.of(classId, by, pages.now()), by,
                Participation.SortBy.values())).build();
    }

    @GET
    @Path("students/{studentId}/transcript")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance transcript(@RestPath long classId, @RestPath long studentId) {
        Classroom classroom = pages.owned(classId);
        Enrollment student = OwnedClass.student(classroom, studentId);
        return Templates.transcript(classroom, student, Transcript.ofStudent(classroom, studentId, pages.library()));
    }

    /** The printable page, or with {@code .csv} the download: one row per post. */
    @GET
    @Path("discussions/{discussionId}/export{format: |\\.csv}")
    public Response export(@RestPath long classId, @RestPath long discussionId, @RestPath String format) {
        Classroom classroom = pages.owned(classId);
        Discussion discussion = OwnedClass.inClass(classroom, Discussion.findWithQuestion(discussionId));
        List<Transcript.Entry> entries = Transcript.ofDiscussion(classroom, discussion, pages.library());
        if (CSV.equals(format)) {
            String question = Question.heading(discussion.question.position).toLowerCase(Locale.ROOT).replace(' ', '-');
            return CsvReports.discussion(CsvFiles.fileName(classroom.name, question), entries);
        }
        ArticleContent article = pages.article(discussion.question.article.id);
        return Response.ok(Templates.export(classroom, article, discussion.question.view(),
                discussion.id, entries, minds(classroom, discussion))).build();
    }

    /** Where the class stood before and after the discussion, on a question that takes a stance; else null. */
    private MindsChart minds(Classroom classroom, Discussion discussion) {
        if (!discussion.question.stanceEnabled) {
            return null;
        }
        ThreadBuilder.Viewing teacher = new ThreadBuilder.Viewing(pages.viewer().accountId(), true, true,
                classroom.anonymous);
        return MindsChart.forTeacher(discussion.id, ClassroomPaths.discussionPage(classroom, discussion.id),
                StanceChange.listFor(discussion.id), teacher);
    }
}
