package org.roundtable.moderation;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.roundtable.account.Passwords;
import org.roundtable.account.Roles;
import org.roundtable.account.SessionCookie;
import org.roundtable.classroom.ClassPages;
import org.roundtable.classroom.Classroom;
import org.roundtable.classroom.ClassroomPaths;
import org.roundtable.classroom.Enrollment;
import org.roundtable.classroom.JoinCodes;
import org.roundtable.classroom.OwnedClass;
import org.roundtable.discussion.PostCounts;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

/** The class roster: who joined, when they were last active, new return codes, removal. */
@Path("/teach/classes/{classId}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.TEACHER)
@Transactional
public class RosterResource {

    static final String NEW_CODE_COOKIE = "rt_new_code";

    public record Row(Enrollment student, long posts, boolean muted) {
    }

    /** A return code just made, shown once at the top of the roster. */
    public record NewCode(String name, String code) {

        /** The code in the one-time cookie ("accountId:code"), if it is for a student on the roster. */
        static NewCode from(String flash, List<Row> rows) {
            if (flash == null || !flash.matches("\\d+:[A-Z2-9]{4}-[A-Z2-9]{4}")) {
                return null;
            }
            long accountId = Long.parseLong(flash.substring(0, flash.indexOf(':')));
            return rows.stream().filter(r -> r.student().account.id == accountId).findFirst()
                    .map(r -> new NewCode(r.student().displayName, flash.substring(flash.indexOf(':') + 1)))
                    .orElse(null);
        }
    }

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance roster(Classroom classroom, List<Row> rows, NewCode newCode, long waiting);

        static native TemplateInstance remove(Classroom classroom, Enrollment student, long posts);
    }

    private final ClassPages pages;
    private final RosterChanges changes;
    private final SessionCookie cookies;

    RosterResource(ClassPages pages, RosterChanges changes, SessionCookie cookies) {
        this.pages = pages;
        this.changes = changes;
        this.cookies = cookies;
    }

    @GET
    @Path("roster")
    public Response roster(@RestPath long classId, @CookieParam(NEW_CODE_COOKIE) String flash) {
        Classroom classroom = pages.owned(classId);
        Map<Long, Long> posts = PostCounts.byAuthor(classId);
        Instant now = pages.now();
        List<Row> rows = Enrollment.listForRoster(classId).stream()
                .map(e -> new Row(e, posts.getOrDefault(e.account.id, 0L), e.isMuted(now))).toList();
        NewCode newCode = NewCode.from(flash, rows);
        long waiting = rows.stream().filter(r -> r.student().isWaiting()).count();
        return Response.ok(Templates.roster(classroom, rows, newCode, waiting)).cookie(flashCookie(classroom, "", 0))
                .build();
    }

    @POST
    @Path("students/{studentId}/return-code")
    public Response newReturnCode(@RestPath long classId, @RestPath long studentId) {
        // Hashed before the first query: the transaction takes its connection only then.
        String code = JoinCodes.newReturnCode();
        String hash = Passwords.hashReturnCode(code);
        Enrollment student = student(classId, studentId);
        changes.newReturnCode(pages.viewer(), student.classroom, student, hash);
        return Response.seeOther(URI.create(ClassroomPaths.action(student.classroom, "roster") + "#new-code"))
                .cookie(flashCookie(student.classroom, student.account.id + ":" + code, 300)).build();
    }

    /** Lets a student who is waiting for approval into the class. */
    @POST
    @Path("students/{studentId}/approve")
    public Response approve(@RestPath long classId, @RestPath long studentId) {
        Enrollment student = student(classId, studentId);
        student.approve();
        return toRoster(student.classroom);
    }

    @GET
    @Path("students/{studentId}/remove")
    public TemplateInstance removeForm(@RestPath long classId, @RestPath long studentId) {
        Enrollment student = student(classId, studentId);
        return Templates.remove(student.classroom, student, PostCounts.byAuthor(classId).getOrDefault(studentId, 0L));
    }

    @POST
    @Path("students/{studentId}/remove")
    public Response remove(@RestPath long classId, @RestPath long studentId, @RestForm String deletePosts) {
        Enrollment student = student(classId, studentId);
        changes.remove(pages.viewer(), student.classroom, student, deletePosts != null);
        return toRoster(student.classroom);
    }

    /** A student of a class the signed-in teacher owns: 404 for an unknown class or student, 403 for another's class. */
    private Enrollment student(long classId, long studentId) {
        return OwnedClass.student(pages.owned(classId), studentId);
    }

    private static Response toRoster(Classroom classroom) {
        return Response.seeOther(URI.create(ClassroomPaths.action(classroom, "roster"))).build();
    }

    private NewCookie flashCookie(Classroom classroom, String value, int maxAge) {
        return cookies.shownOnce(NEW_CODE_COOKIE, value, ClassroomPaths.action(classroom, "roster"), maxAge);
    }
}
