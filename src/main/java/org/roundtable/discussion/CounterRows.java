package org.roundtable.discussion;

import java.util.function.IntSupplier;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Counter rows kept as posts change ({@link SectionCitations}, {@link ProgressTally}): moved by one UPDATE
 * ({@code n = n + delta}) that concurrent posts cannot overwrite, and inserted the first time. Two first
 * changes of one row at once would both insert it, so the first change locks its class's row: the second
 * waits, and finds the row the first inserted.
 */
final class CounterRows {

    private CounterRows() {
    }

    /** Runs {@code update}; if it moved no row, locks the class, runs it again, and if still none, {@code insert}. */
    static void add(long classroomId, IntSupplier update, Runnable insert) {
        if (update.getAsInt() > 0) {
            return;
        }
        lockClass(classroomId);
        if (update.getAsInt() == 0) {
            insert.run();
        }
    }

    /** Held to the end of the transaction: first inserts and recounts of the class wait for each other. */
    static void lockClass(long classroomId) {
        Panache.getEntityManager().createNativeQuery("select id from classroom where id = ?1 for update")
                .setParameter(1, classroomId).getResultList();
    }
}
