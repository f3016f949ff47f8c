package org.roundtable.overview;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestPath;
import org.roundtable.account.Roles;
import org.roundtable.article.ArticleContent;
import org.roundtable.classroom.AssignedQuestions;
import org.roundtable.classroom.Assignment;
import org.roundtable.classroom.ClassPages;
import org.roundtable.classroom.Classroom;
import org.roundtable.classroom.ClassroomPaths;
import org.roundtable.classroom.Discussion;
import org.roundtable.discussion.StanceChange;

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
@Transactional
public class ClassOverviewResource {

    /**
     * One question of an assignment, numbered among those assigned; a question taken away has number 0.
     *
     * @param minds where students said they stand before and after, or null where nobody has
     */
    public record DiscussionRow(Discussion discussion, ArticleContent.QuestionView question, int number,
            StanceChange.Tally minds) {
    }

    /** One assignment with its questions, those taken away included, so the teacher can bring them back. */
    public record AssignmentGroup(Assignment assignment, ArticleContent article, List<DiscussionRow> rows) {

        public int assigned() {
            return (int) rows.stream().filter(row -> !row.discussion().withdrawn).count();
        }

        /** The article's questions and the class's own ones still in the assignment, for "2 of 3 assigned". */
        public long offered() {
            return article.questions().size() + rows.stream()
                    .filter(row -> row.discussion().question.isOwn() && !row.discussion().withdrawn).count();
        }
    }

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance overview(Classroom classroom, ClassStats stats,
                List<AssignmentGroup> assignments,
                String joinUrl);
    }

    private final ClassPages pages;
    private final String publicUrl;

    ClassOverviewResource(ClassPages pages, @ConfigProperty(name = "roundtable.public-url") String publicUrl) {
        this.pages = pages;
        this.publicUrl = publicUrl;
    }

    @GET
    public TemplateInstance overview(@RestPath long classId) {
        Classroom classroom = pages.owned(classId);
        List<AssignmentGroup> assignments = groups(Discussion.listAllFor(classId), StanceChange.talliesFor(classId));
        ClassStats stats = ClassStats.of(ClassStats.forTeacher(pages.viewer().accountId()), classId);
        return Templates.overview(classroom, stats, assignments, ClassroomPaths.joinUrl(publicUrl, classroom));
    }

    /** The discussions by assignment, in the order they are listed (assignment, then question). */
    private List<AssignmentGroup> groups(List<Discussion> discussions, Map<Long, StanceChange.Tally> minds) {
        Map<Long, AssignmentGroup> groups = new LinkedHashMap<>();
        for (AssignedQuestions.Numbered numbered : AssignedQuestions.of(discussions)) {
            Discussion d = numbered.discussion();
            AssignmentGroup group = groups.computeIfAbsent(d.assignment.id, id -> new AssignmentGroup(d.assignment,
                    pages.article(d.question.article.id), new ArrayList<>()));
            group.rows().add(new DiscussionRow(d, d.question.view(), numbered.number(), minds.get(d.id)));
        }
        return List.copyOf(groups.values());
    }
}
