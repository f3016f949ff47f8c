package org.roundtable;

import java.util.concurrent.Callable;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * A write every instance makes as it starts. Several instances may start at once on one database:
 * whichever commits first does the work; the others fail (on a unique key, or a row the first one
 * changed), roll back, and try again after a pause, to find the work done. In the root package
 * because more than one feature package writes at start-up.
 */
public final class StartupWrites {

    private static final int ATTEMPTS = 5;

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
     * Runs {@code work} in a transaction of its own, again after a failure, at most {@value #ATTEMPTS} times.
     *
     * @param what what is being written, for the log line of a retry ("the name keys")
     */
    public static <T> T call(String what, Callable<T> work) throws InterruptedException {
        for (int attempt = 1;; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(work);
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
