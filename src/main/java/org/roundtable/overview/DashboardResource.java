package org.roundtable.overview;

import java.util.List;
import java.util.Map;

import org.roundtable.account.AccountPaths;
import org.roundtable.account.Roles;
import org.roundtable.account.Viewer;
import org.roundtable.classroom.ClassPages;
import org.roundtable.classroom.Classroom;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The teacher's dashboard: every class with its numbers and its last 24 hours. */
@Path(AccountPaths.TEACHER_HOME)
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.TEACHER)
@Transactional
public class DashboardResource {

    public record ClassRow(Classroom classroom, ClassStats stats, DailySummary today) {
    }

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance dashboard(List<ClassRow> classes);

    }

    private final ClassPages pages;

    DashboardResource(ClassPages pages) {
        this.pages = pages;
    }

    @GET
    public TemplateInstance dashboard() {
        Viewer viewer = pages.viewer();
        Map<Long, ClassStats> stats = ClassStats.forTeacher(viewer.accountId());
        Map<Long, DailySummary> today = DailySummary.forTeacher(viewer.accountId(), pages.now());
        List<ClassRow> rows = Classroom.listTaughtBy(viewer.accountId()).stream()
                .map(c -> new ClassRow(c, ClassStats.of(stats, c.id), DailySummary.of(today, c.id))).toList();
        return Templates.dashboard(rows);
    }
}
