package org.roundtable;

import java.util.concurrent.Callable;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * A write every instance makes as it starts. Several instances may start at once on one database:
 * each write first locks the one row of {@code startup_lock}, so a second instance waits until the
 * first has committed and then finds the work done, instead of failing on a unique key (which the
 * database driver would log as a warning). Should a write fail all the same, it is rolled back and
 * tried again after a pause. In the root package because more than one feature package writes at
 * start-up.
 */
public final class StartupWrites {

    private static final int ATTEMPTS = 5;
    /** Held until the transaction ends; H2 and PostgreSQL both take a row lock for it. */
    private static final String LOCK = "select id from startup_lock where id = 1 for update";

    private StartupWrites() {
    }

    /** See {@link #call}. */
    public static void run(String what, Runnable work) throws InterruptedException {
        call(what, () -> {
            work.run();
            return null;
        });
    }

    /**
     * Runs {@code work} in a transaction of its own that first takes the startup lock, again after a failure,
     * at most {@value #ATTEMPTS} times.
     *
     * @param what what is being written, for the log line of a retry ("the name keys")
     */
    public static <T> T call(String what, Callable<T> work) throws InterruptedException {
        for (int attempt = 1;; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> {
                    Panache.getEntityManager().createNativeQuery(LOCK).getResultList();
                    return work.call();
                });
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                Log.infof("Another instance was writing %s at the same time (%s); trying again", what, e.getMessage());
                Thread.sleep(500L * attempt);
            }
        }
    }
}
