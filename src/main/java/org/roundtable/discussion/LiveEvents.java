package org.roundtable.discussion;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.roundtable.account.SessionsEnded;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Publishes live events once the change that caused them is committed, never before
 * and never for a rolled-back change. On PostgreSQL through NOTIFY, which the database
 * delivers at commit to every instance listening (this one included); on the embedded
 * database, which serves one instance, straight to this instance's hub.
 */
@ApplicationScoped
public class LiveEvents {

    static final String CHANNEL = "roundtable_live";

    private final TransactionSynchronizationRegistry transactions;
    private final LiveHub hub;
    private final boolean postgres;

    LiveEvents(TransactionSynchronizationRegistry transactions, LiveHub hub,
            @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
        this.transactions = transactions;
        this.hub = hub;
        this.postgres = dbKind.startsWith("postgres");
    }

    /** Must be called inside the transaction that made the change. */
    public void publish(LiveEvent event) {
        if (postgres) {
            Panache.getEntityManager().createNativeQuery("select pg_notify(?1, ?2)")
                    .setParameter(1, CHANNEL).setParameter(2, event.encode()).getSingleResult();
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    hub.dispatch(event);
                }
            }
        });
    }

    /** Ending a session ends its streams, on every instance, once the ending is committed. */
    void sessionsEnded(@Observes SessionsEnded ended) {
        publish(ended.allSessions() ? LiveEvent.sessionsOfAccountEnded(ended.accountId())
                : LiveEvent.sessionEnded(ended.sessionId()));
    }

    public void postChanged(Post post) {
        publish(LiveEvent.post(post.discussion.classroom.id, post.discussion.id, post.id));
    }

    boolean onPostgres() {
        return postgres;
    }
}
