package org.roundtable.discussion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.roundtable.support.ClassWithStudents;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The lock a counter's first row takes ({@link CounterRows}) holds off only other first rows of the same
 * account: rows that merely refer to that account (a reply counted to it, a post by it) take their foreign key's
 * lock on it meanwhile. On PostgreSQL a {@code for update} lock conflicts with those, and two classmates replying
 * to each other at once deadlocked.
 */
@QuarkusTest
class CounterRowsTest extends ClassWithStudents {

    CounterRowsTest() {
        super("counters.teacher", "Counters class", "Ana", "Ben", "Cy");
    }

    @Test
    void twoClassmatesCountingRepliesToEachOtherAtOnceBothCommit() throws Exception {
        long discussion = c.discussions().get(0);
        CyclicBarrier bothLocked = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> done = pool
                    .invokeAll(List.of(firstReplyRow(discussion, ben.id(), cy.id(), bothLocked),
                            firstReplyRow(discussion, cy.id(), ben.id(), bothLocked)), 30, TimeUnit.SECONDS);
            for (Future<Integer> rows : done) {
                assertEquals(1, rows.get(), "the row is stored");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** As ProgressTally stores a first reply to a classmate: the author's lock, then the row naming the classmate. */
    private static Callable<Integer> firstReplyRow(long discussion, long author, long to, CyclicBarrier bothLocked) {
        return () -> QuarkusTransaction.requiringNew().call(() -> {
            CounterRows.lockAccount(author);
            bothLocked.await(10, TimeUnit.SECONDS);
            return Panache.getEntityManager().createNativeQuery("insert into reply_tally "
                    + "(discussion_id, account_id, replied_to_id, replies) values (?1, ?2, ?3, 1)")
                    .setParameter(1, discussion).setParameter(2, author).setParameter(3, to).executeUpdate();
        });
    }
}
