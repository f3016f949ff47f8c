package org.roundtable.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.roundtable.support.People.Person;

import io.restassured.response.Response;

/**
 * The set-up many HTTP tests share, made fresh before each test: a teacher's class with the
 * bundled article assigned and two students signed in (three when the test names a third), with
 * the steps tests take in it (answer or reply through the form, act as the teacher, open the
 * discussion's live stream). A test names its people in its constructor and adds its own set-up in
 * a {@code @BeforeEach} of its own, which runs after this one.
 */
public abstract class ClassWithStudents extends FreshData {

    protected Fixtures.TestClass c;
    protected Person teacher;
    protected Person ana;
    protected Person ben;
    /** The third student, only when the test names one. */
    protected Person cy;
    /** The first question's discussion page. */
    protected String q1;
    /** The teacher's moderation queue of the class. */
    protected String moderation;

    private final String teacherName;
    private final String className;
    private final String firstStudent;
    private final String secondStudent;
    private final String thirdStudent;
    private boolean postFirst = true;

    protected ClassWithStudents(String teacherName, String className, String firstStudent, String secondStudent) {
        this(teacherName, className, firstStudent, secondStudent, null);
    }

    protected ClassWithStudents(String teacherName, String className, String firstStudent, String secondStudent,
            String thirdStudent) {
        this.teacherName = teacherName;
        this.className = className;
        this.firstStudent = firstStudent;
        this.secondStudent = secondStudent;
        this.thirdStudent = thirdStudent;
    }

    /** Called from a test's constructor: the class is made without post first, so every student reads every post. */
    protected final void everyoneSeesEveryPost() {
        postFirst = false;
    }

    @BeforeEach
    protected void createClassWithStudents() {
        teacher = People.teacher(fixtures, teacherName);
        c = fixtures.createClass(className, 0, teacher.id());
        ana = People.student(fixtures, c.id(), firstStudent);
        ben = People.student(fixtures, c.id(), secondStudent);
        cy = thirdStudent == null ? null : People.student(fixtures, c.id(), thirdStudent);
        q1 = c.discussionPath(1);
        moderation = "/teach/classes/" + c.id() + "/moderation";
        if (!postFirst) {
            postFirst(false);
        }
    }

    /** Answers the first question through the form; returns the new post's id. */
    protected long answer(Person person, String body) {
        return write(person, null, body);
    }

    /** An answer (no parent) or a reply to the first question, through the form; returns the new post's id. */
    protected long write(Person person, Long parent, String body) {
        Map<String, String> fields = parent == null ? Map.of("body", body, "key", UUID.randomUUID().toString())
                : Map.of("body", body, "parentId", String.valueOf(parent), "key", UUID.randomUUID().toString());
        Response response = person.browser().submit(q1, q1 + "/posts", fields);
        assertEquals(303, response.statusCode());
        String location = response.header("Location");
        return Long.parseLong(location.substring(location.indexOf("#post-") + 6));
    }

    /** A moderation verb on a post, posted by the teacher from the queue. */
    protected Response act(long postId, String action, Map<String, String> fields) {
        return teacher.browser().submit(moderation, "/teach/classes/" + c.id() + "/posts/" + postId + "/" + action,
                fields);
    }

    protected Response act(long postId, String action) {
        return act(postId, action, Map.of());
    }

    protected void postFirst(boolean on) {
        fixtures.configure(c.id(), k -> k.postFirst = on);
    }

    protected void anonymous(boolean on) {
        fixtures.configure(c.id(), k -> k.anonymous = on);
    }

    /** The person's live stream of the first question's discussion. */
    protected SseClient live(Person person) throws Exception {
        return SseClient.opened(q1 + "/events", person.browser().cookie("rt_session"));
    }
}
