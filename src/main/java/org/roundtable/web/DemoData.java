package org.roundtable.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.roundtable.account.Account;
import org.roundtable.account.AdminBootstrap;
import org.roundtable.account.Passwords;
import org.roundtable.article.ArticleLibrary;
import org.roundtable.article.Question;
import org.roundtable.classroom.Assignment;
import org.roundtable.classroom.Classroom;
import org.roundtable.classroom.Discussion;
import org.roundtable.classroom.Enrollment;
import org.roundtable.discussion.Post;
import org.roundtable.discussion.PostStatus;
import org.roundtable.discussion.Stance;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

/**
 * Dev mode only ({@code ./mvnw quarkus:dev}): a demo teacher with a class in mid-lesson (three
 * students, two answers and a reply), so the teacher's and the students' pages have something to
 * show at once, and the known sign-ins printed at each start.
 */
@IfBuildProfile("dev")
@ApplicationScoped
public class DemoData {

    @Inject
    Clock clock;

    static final String TEACHER_USERNAME = "teacher";
    static final String TEACHER_PASSWORD = "roundtable-dev-teacher";
    static final String CLASS_NAME = "Dev class";
    static final String JOIN_CODE = "DEVDEV";
    static final String RETURN_CODE = "DEMO-DEMO";
    static final List<String> STUDENTS = List.of("Ada", "Grace", "Linus");

    private final ArticleLibrary library;
    private final Optional<String> adminPassword;
    private final String publicUrl;

    DemoData(ArticleLibrary library,
            @ConfigProperty(name = "roundtable.admin-password") Optional<String> adminPassword,
            @ConfigProperty(name = "roundtable.public-url") String publicUrl) {
        this.library = library;
        this.adminPassword = adminPassword;
        this.publicUrl = publicUrl;
    }

    /** After StartupData, which creates its demo class only while there is no class at all. */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) StartupEvent event) {
        if (QuarkusTransaction.requiringNew().call(() -> Classroom.findByJoinCode(JOIN_CODE) == null)) {
            String returnCodeHash = Passwords.hashReturnCode(RETURN_CODE); // once for all, outside the transaction
            QuarkusTransaction.requiringNew().run(() -> createClass(returnCodeHash));
        }
        Log.infof("Dev mode: sign in at %s/signin as '%s' with '%s' (unless changed) or as '%s' with '%s'; "
                + "students join at %s/join?code=%s, or come back as %s with the return code %s",
                publicUrl, AdminBootstrap.ADMIN_USERNAME, adminPassword.orElse("(see above)"), TEACHER_USERNAME,
                TEACHER_PASSWORD, publicUrl, JOIN_CODE, String.join(", ", STUDENTS), RETURN_CODE);
    }

    private void createClass(String returnCodeHash) {
        Account teacher = Account.findByUsername(TEACHER_USERNAME);
        if (teacher == null) {
            teacher = Account.newTeacher(TEACHER_USERNAME, "Demo Teacher", TEACHER_PASSWORD, false, clock.instant());
        }
        // Slow mode off, so a developer can post again at once; the admin's demo class keeps it.
        Classroom classroom = Classroom.create(CLASS_NAME, JOIN_CODE, teacher, 0, clock.instant());
        Assignment assignment = Assignment.create(classroom, library.loadBundled(StartupData.BUNDLED_ARTICLE),
                classroom.createdAt);
        List<Discussion> discussions = Question.listFor(assignment.article).stream()
                .map(question -> Discussion.open(assignment, question)).toList();
        List<Account> students = STUDENTS.stream().map(name -> enrol(classroom, name, returnCodeHash)).toList();
        writePosts(discussions.get(0), students);
        Log.infof("Dev mode: created '%s' for '%s' with %d students", CLASS_NAME, TEACHER_USERNAME, students.size());
    }

    private Account enrol(Classroom classroom, String name, String returnCodeHash) {
        Account student = Account.newStudent(name, clock.instant());
        Enrollment.create(classroom, student, name, returnCodeHash, clock.instant());
        return student;
    }

    private void writePosts(Discussion discussion, List<Account> students) {
        Instant start = clock.instant().minus(Duration.ofMinutes(30));
        Post ada = Post.write(discussion, students.get(0), null,
                "He was right to stay away: a meeting without Putin could not decide anything.", Stance.AGREE, null,
                PostStatus.PUBLISHED, null, start);
        Post.write(discussion, students.get(1), null,
                "Going would have shown goodwill and kept the talks alive, even without Putin.", Stance.DISAGREE,
                null, PostStatus.PUBLISHED, null, start.plus(Duration.ofMinutes(5)));
        Post.write(discussion, students.get(2), ada,
                "But the section on the delegations says both sides still sent people. Does that change it?", null,
                null, PostStatus.PUBLISHED, null, start.plus(Duration.ofMinutes(10)));
    }
}
