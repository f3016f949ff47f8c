package org.roundtable.overview;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.csv.CSVPrinter;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jsoup.Jsoup;
import org.roundtable.account.Roles;
import org.roundtable.account.Viewer;
import org.roundtable.article.ArticleContent;
import org.roundtable.article.ArticleLibrary;
import org.roundtable.classroom.Classroom;
import org.roundtable.classroom.Discussion;
import org.roundtable.classroom.Enrollment;
import org.roundtable.classroom.OwnedClass;
import org.roundtable.discussion.CsvFiles;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
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

        static native TemplateInstance transcript(Classroom classroom, Enrollment student, List<Transcript.Entry> entries);

        static native TemplateInstance export(Classroom classroom, ArticleContent article,
                ArticleContent.QuestionView question, long discussionId, List<Transcript.Entry> entries);
    }

    private final SecurityIdentity identity;
    private final ArticleLibrary library;

    ReportsResource(SecurityIdentity identity, ArticleLibrary library) {
        this.identity = identity;
        this.library = library;
    }

    private Classroom owned(long classId) {
        return OwnedClass.load(classId, Viewer.of(identity));
    }

    @GET
    @Path("participation")
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    public TemplateInstance participation(@RestPath long classId, @RestQuery String sort) {
        Classroom classroom = owned(classId);
        Participation.SortBy by = Participation.SortBy.parse(sort);
        return Templates.participation(classroom, Participation.of(classId, by), by, Participation.SortBy.values());
    }

    @GET
    @Path("participation.csv")
    @Transactional
    public Response participationCsv(@RestPath long classId) {
        Classroom classroom = owned(classId);
        Participation participation = Participation.of(classId, Participation.SortBy.NAME);
        return csv(CsvFiles.fileName(classroom.name, "participation"), printer -> {
            printer.printRecord((Object[]) new String[] { "Student", "Question", "Question text", "Answered",
                    "Replies", "Words", "Last activity (UTC)", "Flags" });
            for (Participation.StudentRow row : participation.students()) {
                for (int i = 0; i < participation.discussions().size(); i++) {
                    Discussion discussion = participation.discussions().get(i);
                    Participation.Cell cell = row.cells().get(i);
                    printer.printRecord(CsvFiles.cells(row.student().displayName, discussion.question.position,
                            discussion.question.text, cell.answered() ? "yes" : "no", cell.replies(), cell.words(),
                            cell.lastActivity(), cell.flags()));
                }
            }
        });
    }

    @GET
    @Path("students/{studentId}/transcript")
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    public TemplateInstance transcript(@RestPath long classId, @RestPath long studentId) {
        Classroom classroom = owned(classId);
        Enrollment student = OwnedClass.student(classroom, studentId);
        return Templates.transcript(classroom, student, Transcript.ofStudent(classroom, studentId, library));
    }

    @GET
    @Path("discussions/{discussionId}/export")
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    public TemplateInstance export(@RestPath long classId, @RestPath long discussionId) {
        Classroom classroom = owned(classId);
        Discussion discussion = discussionOf(classroom, discussionId);
        ArticleContent article = library.get(discussion.question.article.id);
        return Templates.export(classroom, article, article.question(discussion.question.id), discussion.id,
                Transcript.ofDiscussion(classroom, discussion, library));
    }

    @GET
    @Path("discussions/{discussionId}/export.csv")
    @Transactional
    public Response exportCsv(@RestPath long classId, @RestPath long discussionId) {
        Classroom classroom = owned(classId);
        Discussion discussion = discussionOf(classroom, discussionId);
        List<Transcript.Entry> entries = Transcript.ofDiscussion(classroom, discussion, library);
        return csv(CsvFiles.fileName(classroom.name, "question-" + discussion.question.position), printer -> {
            printer.printRecord((Object[]) new String[] { "Post", "Reply to", "Author", "Posted (UTC)", "Edited (UTC)",
                    "Status", "Stance", "Cites", "Words", "Text" });
            for (Transcript.Entry e : entries) {
                printer.printRecord(CsvFiles.cells(e.postId(), e.parentId(), e.author(), e.createdAt(), e.editedAt(),
                        e.statusLabel(), e.stance() == null ? null : e.stance().label,
                        e.section() == null ? null : e.section().heading(), e.words(),
                        Jsoup.parse(e.bodyHtml()).wholeText().strip()));
            }
        });
    }

    private static Discussion discussionOf(Classroom classroom, long discussionId) {
        Discussion discussion = Discussion.find("from Discussion d join fetch d.question where d.id = ?1", discussionId)
                .firstResult();
        if (discussion == null || !discussion.classroom.id.equals(classroom.id)) {
            throw new NotFoundException();
        }
        return discussion;
    }

    interface Rows {
        void write(CSVPrinter printer) throws IOException;
    }

    private static Response csv(String fileName, Rows rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = CsvFiles.printer(out)) {
            rows.write(printer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return CsvFiles.download(out.toString(), fileName);
    }
}
