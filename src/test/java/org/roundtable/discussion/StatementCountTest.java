package org.roundtable.discussion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.support.Browser;
import org.roundtable.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** A discussion page costs the same few SQL statements however many posts it has. */
@QuarkusTest
class StatementCountTest {

    static final int MAX_STATEMENTS = 5;

    @Inject
    Fixtures fixtures;

    @Inject
    SessionFactory sessionFactory;

    Fixtures.TestClass testClass;

    @BeforeEach
    void setUp() {
        fixtures.reset();
        testClass = fixtures.createClass("Counting", 0);
        fixtures.configure(testClass.id(), c -> c.postFirst = false);
    }

    @Test
    void aDiscussionPageCostsTheSameStatementsWith10And500Posts() {
        long discussion = testClass.discussions().get(0);
        long writer = fixtures.enrol(testClass.id(), "Writer", "ABCD-EFGH");
        long reader = fixtures.enrol(testClass.id(), "Reader", "ABCD-EFGH");
        Browser browser = new Browser();
        browser.setCookie("rt_session", fixtures.signIn(reader));
        String path = testClass.discussionPath(1);

        addPosts(discussion, writer, 10);
        long small = statementsFor(browser, path);
        addPosts(discussion, writer, 490);
        long large = statementsFor(browser, path);

        assertEquals(small, large, "statements must not grow with the discussion");
        assertTrue(large <= MAX_STATEMENTS, large + " statements, at most " + MAX_STATEMENTS + " allowed");
        assertEquals(50, browser.page(path).select(".post.depth-0").size());
    }

    /** Posts as answers with a reply each, so threads are non-trivial. */
    private void addPosts(long discussion, long author, int count) {
        Instant at = Instant.now().minusSeconds(100_000);
        Long lastAnswer = null;
        for (int i = 0; i < count; i++) {
            if (i % 2 == 1 && lastAnswer != null) {
                fixtures.post(discussion, author, lastAnswer, "reply " + i, at.plusSeconds(i));
            } else {
                lastAnswer = fixtures.post(discussion, author, null, "answer " + i, at.plusSeconds(i));
            }
        }
    }

    private long statementsFor(Browser browser, String path) {
        browser.get(path);   // warm the article cache
        sessionFactory.getStatistics().clear();
        assertEquals(200, browser.get(path).statusCode());
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }
}
