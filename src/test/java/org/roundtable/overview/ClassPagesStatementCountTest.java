package org.roundtable.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.support.Browser;
import org.roundtable.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * The article page of a class and a student's class home cost the same statements with 10 posts as with
 * 400, and a student's pages count no posts: the section citations and the progress they show are kept when
 * posts change ({@code SectionCitations}, {@code ProgressTally}).
 */
@QuarkusTest
class ClassPagesStatementCountTest {

    @Inject
    Fixtures fixtures;

    @Inject
    SessionFactory sessionFactory;

    Fixtures.TestClass testClass;
    long reader;
    long writer;
    Browser student;
    Browser teacherBrowser;

    @BeforeEach
    void setUp() {
        fixtures.reset();
        long teacher = fixtures.onlyTeacher("counting.pages");
        testClass = fixtures.createClass("Counting pages", 0, teacher);
        fixtures.configure(testClass.id(), c -> c.postFirst = false);
        reader = fixtures.enrol(testClass.id(), "Reader", "ABCD-EFGH");
        writer = fixtures.enrol(testClass.id(), "Writer", "ABCD-EFGH");
        student = new Browser();
        student.setCookie("rt_session", fixtures.signIn(reader));
        teacherBrowser = new Browser();
        teacherBrowser.setCookie("rt_session", fixtures.signIn(teacher));
    }

    @Test
    void theClassHomeCostsTheSameStatementsWith10And400Posts() {
        String home = "/classes/" + testClass.id();
        addPosts(10);
        Statements small = statementsFor(student, home);
        addPosts(390);
        Statements large = statementsFor(student, home);

        assertEquals(small.count(), large.count(), "the class home must not grow with the class's posts");
        assertNoAggregate(large);
    }

    @Test
    void theArticlePageCostsTheSameStatementsWith10And400Posts() {
        String article = "/classes/" + testClass.id() + "/articles/" + testClass.articleId();
        addPosts(10);
        Statements small = statementsFor(student, article);
        Statements teacherSmall = statementsFor(teacherBrowser, article);
        addPosts(390);
        Statements large = statementsFor(student, article);
        Statements teacherLarge = statementsFor(teacherBrowser, article);

        assertEquals(small.count(), large.count(), "a student's article page must not grow with the class's posts");
        assertEquals(teacherSmall.count(), teacherLarge.count(), "the teacher's article page must not grow either");
        assertNoAggregate(large);
    }

    /** No statement counts posts: the one aggregate left is the header's count of the reader's unread notices. */
    private static void assertNoAggregate(Statements statements) {
        for (String query : statements.queries()) {
            String lower = query.toLowerCase(Locale.ROOT);
            boolean aggregate = lower.contains("count(") || lower.contains("sum(") || lower.contains("group by");
            assertTrue(!aggregate || lower.startsWith("select count(n) from notice n"),
                    "no statement counts posts, but: " + query);
        }
    }

    /** Answers of the writer, each citing a section, with a reply of the reader to every other one. */
    private void addPosts(int count) {
        Instant at = Instant.now().minusSeconds(100_000).plusSeconds(written);
        written += count;
        long discussion = testClass.discussions().get(0);
        Long lastAnswer = null;
        for (int i = 0; i < count; i++) {
            if (i % 2 == 1 && lastAnswer != null) {
                fixtures.post(discussion, reader, lastAnswer, "reply " + i, at.plusSeconds(i));
            } else {
                lastAnswer = fixtures.post(discussion, writer, null, "answer " + i, at.plusSeconds(i));
            }
        }
    }

    private int written;

    /** The queries of one request, as many as it prepared statements (the rest are loads by id: no counting). */
    private Statements statementsFor(Browser browser, String path) {
        browser.get(path); // warm the article cache
        sessionFactory.getStatistics().clear();
        assertEquals(200, browser.get(path).statusCode());
        return new Statements(sessionFactory.getStatistics().getPrepareStatementCount(),
                List.of(sessionFactory.getStatistics().getQueries()));
    }

    record Statements(long count, List<String> queries) {
    }
}
