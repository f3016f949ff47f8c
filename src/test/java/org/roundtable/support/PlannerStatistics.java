package org.roundtable.support;

import org.roundtable.discussion.Post;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * PostgreSQL plans from statistics that autovacuum refreshes only now and then: a table it last
 * saw emptied (a class removed) is believed empty while it fills again. Queries must not depend
 * on fresh statistics; these helpers make them stale on purpose. The embedded database keeps none.
 */
public final class PlannerStatistics {

    private PlannerStatistics() {
    }

    /** Leaves statistics saying there are no posts: one is written and removed, then the table analysed. */
    public static void postsBelievedNone(Fixtures fixtures, long discussionId, long authorId) {
        if (!PostgresTestResource.wanted()) {
            return;
        }
        long removed = QuarkusTransaction.requiringNew()
                .call(() -> fixtures.post(discussionId, authorId, null, "a post removed since"));
        QuarkusTransaction.requiringNew().run(() -> Post.deleteById(removed));
        QuarkusTransaction.requiringNew()
                .run(() -> Panache.getEntityManager().createNativeQuery("analyze post").executeUpdate());
    }
}
