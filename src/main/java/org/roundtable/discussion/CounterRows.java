package org.roundtable.discussion;

import java.util.function.IntSupplier;

import org.roundtable.Database;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Counter rows kept as posts change ({@link SectionCitations}, {@link ProgressTally}): moved by one UPDATE
 * ({@code n = n + delta}) that concurrent posts cannot overwrite, and inserted the first time. Two first
 * changes of one row at once would both insert it, so a first change locks the row its counter belongs to
 * (the class for citations, the author's account for progress): the second waits, and finds the row the
 * first inserted. The author's lock keeps classmates' first posts from waiting for each other.
 *
 * <p>On PostgreSQL the lock is {@code for no key update}: it holds off the other first changes, as
 * {@code for update} would, but not the foreign-key lock ({@code for key share}) that a row referring to the
 * account or class takes. With {@code for update}, two classmates replying to each other at once each held their
 * own account and waited for the other's, a deadlock. The embedded database takes no foreign-key locks and
 * knows only {@code for update}.
 */
final class CounterRows {

    private static final String LOCK = Database.isPostgres() ? "for no key update" : "for update";

    private CounterRows() {
    }

    /** Runs {@code update}; if it moved no row, locks {@code lock}, runs it again, and if still none, {@code insert}. */
    static void add(Runnable lock, IntSupplier update, Runnable insert) {
        if (update.getAsInt() > 0) {
            return;
        }
        lock.run();
        if (update.getAsInt() == 0) {
            insert.run();
        }
    }

    /** Held to the end of the transaction: first rows of the author's counters wait for each other. */
    static void lockAccount(long accountId) {
        Panache.getEntityManager().createNativeQuery("select id from account where id = ?1 " + LOCK)
                .setParameter(1, accountId).getResultList();
    }

    /** Held to the end of the transaction: first inserts and recounts of the class wait for each other. */
    static void lockClass(long classroomId) {
        Panache.getEntityManager().createNativeQuery("select id from classroom where id = ?1 " + LOCK)
                .setParameter(1, classroomId).getResultList();
    }
}
