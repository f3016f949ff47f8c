package org.roundtable.discussion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;

import org.hibernate.SessionFactory;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.support.Browser;
import org.roundtable.support.Fixtures;
import org.roundtable.support.People;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** A discussion page costs the same few SQL statements however many posts it has. */
@QuarkusTest
class StatementCountTest {

    static final int MAX_STATEMENTS = 5;

    /** Session, discussion with its scope, and the page of threads (docs/architecture.md, "A request"). */
    static final int DISCUSSION_STATEMENTS = 3;

    @Inject
    Fixtures fixtures;

    @Inject
    SessionFactory sessionFactory;

    Fixtures.TestClass testClass;
    long teacher;

    @BeforeEach
    void setUp() {
        teacher = fixtures.onlyTeacher("counting");
        testClass = fixtures.createClass("Counting", 0, teacher);
        fixtures.configure(testClass.id(), c -> c.postFirst = false);
    }

    @Test
    void aDiscussionPageCostsTheSameStatementsWith10And1000Posts() {
        long discussion = testClass.discussions().get(0);
        long writer = fixtures.enrol(testClass.id(), "Writer", "ABCD-EFGH");
        long reader = fixtures.enrol(testClass.id(), "Reader", "ABCD-EFGH");
        Browser student = new Browser();
        student.setCookie("rt_session", fixtures.signIn(reader));
        Browser classTeacher = new Browser();
        classTeacher.setCookie("rt_session", fixtures.signIn(teacher));
        String path = testClass.discussionPath(1);

        addPosts(discussion, writer, 10);
        long studentSmall = statementsFor(student, path);
        long teacherSmall = statementsFor(classTeacher, path);
        addPosts(discussion, writer, 990);
        long studentLarge = statementsFor(student, path);
        long teacherLarge = statementsFor(classTeacher, path);

        assertEquals(studentSmall, studentLarge, "a student's page must not grow with the discussion");
        assertEquals(teacherSmall, teacherLarge, "the teacher's page must not grow with the discussion");
        assertTrue(studentLarge <= MAX_STATEMENTS,
                studentLarge + " statements, at most " + MAX_STATEMENTS + " allowed");
        assertTrue(teacherLarge <= MAX_STATEMENTS,
                teacherLarge + " statements, at most " + MAX_STATEMENTS + " allowed");
        assertEquals(50, student.page(path).select(".post.depth-0").size());
        assertEquals(50, classTeacher.page(path).select(".post.depth-0").size());
        Document teacherPage = classTeacher.page(path);
        assertEquals(teacherPage.select(".post").size(), teacherPage.select(".post .moderation-actions").size(),
                "the teacher's page carries the moderation tools under every post");
    }

    /** A thread of 200 replies is still one query, and the page carries its first few and a link. */
    @Test
    void aLongThreadCostsTheSameStatementsAndIsBounded() {
        long discussion = testClass.discussions().get(0);
        long writer = fixtures.enrol(testClass.id(), "Writer", "ABCD-EFGH");
        long reader = fixtures.enrol(testClass.id(), "Reader", "ABCD-EFGH");
        Browser student = new Browser();
        student.setCookie("rt_session", fixtures.signIn(reader));
        Browser classTeacher = new Browser();
        classTeacher.setCookie("rt_session", fixtures.signIn(teacher));
        String path = testClass.discussionPath(1);
        addPosts(discussion, writer, 10);
        long studentShort = statementsFor(student, path);
        long teacherShort = statementsFor(classTeacher, path);
        Instant at = Instant.now().minusSeconds(50_000);
        long answer = fixtures.post(discussion, writer, null, "long thread", at);
        for (int i = 0; i < 200; i++) {
            fixtures.post(discussion, writer, answer, "reply " + i, at.plusSeconds(i + 1));
        }

        assertEquals(studentShort, statementsFor(student, path));
        assertEquals(teacherShort, statementsFor(classTeacher, path));
        assertEquals(studentShort, statementsFor(student, path + "?thread=" + answer), "the whole thread, too");
        Document page = student.page(path);
        assertEquals(10 / 2 + 1 + 10 / 2 + PostPage.REPLIES_SHOWN, page.select(".thread > .post").size());
        assertEquals(201, student.page(path + "?thread=" + answer).select(".thread > .post").size() - 10);
    }

    /**
     * Where the class stood before and after a stance question is one more query, of the class's
     * stance rows (one per student, however many posts), made only where the chart is shown: for the
     * teacher and for a student who has answered. The viewer's own row comes with the discussion.
     */
    @Test
    void theBeforeAndAfterChartCostsOneStatementWhateverTheClassSize() {
        long stanceQuestion = testClass.discussions().get(0);
        long reader = fixtures.enrol(testClass.id(), "Reader", "ABCD-EFGH");
        fixtures.post(stanceQuestion, reader, null, "my answer");
        fixtures.post(testClass.discussions().get(1), reader, null, "my answer");
        long writer = fixtures.enrol(testClass.id(), "Writer", "ABCD-EFGH");
        long persuasive = fixtures.post(stanceQuestion, writer, null, "a persuasive answer");
        Browser student = new Browser();
        student.setCookie("rt_session", fixtures.signIn(reader));
        Browser classTeacher = new Browser();
        classTeacher.setCookie("rt_session", fixtures.signIn(teacher));
        fixtures.stance(stanceQuestion, reader, Stance.AGREE, Stance.DISAGREE, "a reason", persuasive);

        long studentWithout = statementsFor(student, testClass.discussionPath(2));
        long teacherWithout = statementsFor(classTeacher, testClass.discussionPath(2));
        long studentSmall = statementsFor(student, testClass.discussionPath(1));
        long teacherSmall = statementsFor(classTeacher, testClass.discussionPath(1));
        for (int i = 0; i < 30; i++) {
            long classmate = fixtures.enrol(testClass.id(), "Classmate " + i, "ABCD-EFGH");
            long post = fixtures.post(stanceQuestion, classmate, null, "answer " + i);
            fixtures.stance(stanceQuestion, classmate, Stance.UNSURE, Stance.AGREE, null, post);
        }

        assertEquals(studentWithout + 1, studentSmall, "the chart is one query for a student who answered");
        assertEquals(teacherWithout + 1, teacherSmall, "the chart is one query for the teacher");
        assertEquals(studentSmall, statementsFor(student, testClass.discussionPath(1)));
        assertEquals(teacherSmall, statementsFor(classTeacher, testClass.discussionPath(1)));
        assertEquals(String.valueOf(persuasive),
                student.page(testClass.discussionPath(1)).select("#after-creditedPost option[selected]").val(),
                "the student's form shows the post they credited");
        assertEquals(31, classTeacher.page(testClass.discussionPath(1)).select(".minds-table .minds-after-count")
                .eachText().stream().mapToInt(Integer::parseInt).sum());
    }

    /** The discussion's own three statements, and one for the header's unread count, however many notices wait. */
    @Test
    void theHeadersUnreadCountIsOneStatementWhateverTheNumberOfNotices() {
        long discussion = testClass.discussions().get(1); // no stance, so no before-and-after chart
        long reader = fixtures.enrol(testClass.id(), "Reader", "ABCD-EFGH");
        Browser student = new Browser();
        student.setCookie("rt_session", fixtures.signIn(reader));
        Browser writer = People.student(fixtures, testClass.id(), "Writer").browser();
        String path = testClass.discussionPath(2);
        long answer = fixtures.post(discussion, reader, null, "My answer");
        addPosts(discussion, reader, 10);

        long without = statementsFor(student, path);
        for (int i = 0; i < 3; i++) {
            assertEquals(303, writer.submit(path, path + "/posts",
                    Map.of("body", "Reply number " + i, "parentId", String.valueOf(answer))).statusCode());
        }
        long with = statementsFor(student, path);

        assertEquals("3", student.page(path).selectFirst("[data-notice-count]").text());
        assertEquals(without, with, "the count is one query, not one per notice");
        assertEquals(DISCUSSION_STATEMENTS + 1, with, "the discussion's statements and the header's count");
    }

    /** Posts as answers with a reply each, so threads are non-trivial; each call writes later than the last. */
    private void addPosts(long discussion, long author, int count) {
        Instant at = Instant.now().minusSeconds(100_000).plusSeconds(written);
        written += count;
        Long lastAnswer = null;
        for (int i = 0; i < count; i++) {
            if (i % 2 == 1 && lastAnswer != null) {
                fixtures.post(discussion, author, lastAnswer, "reply " + i, at.plusSeconds(i));
            } else {
                lastAnswer = fixtures.post(discussion, author, null, "answer " + i, at.plusSeconds(i));
            }
        }
    }

    private int written;

    private long statementsFor(Browser browser, String path) {
        browser.get(path); // warm the article cache
        sessionFactory.getStatistics().clear();
        assertEquals(200, browser.get(path).statusCode());
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }
}
