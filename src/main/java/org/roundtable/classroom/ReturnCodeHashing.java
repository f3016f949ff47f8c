package org.roundtable.classroom;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.roundtable.account.Passwords;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A new student's return code is hashed after the join is answered, by one thread of its own, so
 * a school's first lesson (a thousand joins, a tenth of a second of bcrypt each) takes at most one
 * core from the pages, and nobody waits at the join form for it. Until its hash is written, the
 * code waits here, in memory only, and counts on this instance when the student comes back. When
 * more than {@link #MOST_WAITING} wait, the join hashes its own code, as before.
 */
@ApplicationScoped
public class ReturnCodeHashing {

    static final int MOST_WAITING = 10_000;
    private static final long STOP_SECONDS = 20;
    private static final long KEPT_AFTER_STORING_SECONDS = 60;

    /** Enrollment id to the code waiting for its hash. */
    private final Map<Long, String> waiting = new ConcurrentHashMap<>();
    private final ScheduledExecutorService hasher;

    ReturnCodeHashing() {
        this(new ScheduledThreadPoolExecutor(1, work -> {
            Thread thread = new Thread(work, "return-code-hasher");
            thread.setDaemon(true);
            return thread;
        }));
    }

    /** @param hasher runs the hashing, one code after another */
    ReturnCodeHashing(ScheduledExecutorService hasher) {
        this.hasher = hasher;
        if (hasher instanceof ScheduledThreadPoolExecutor pool) {
            pool.setExecuteExistingDelayedTasksAfterShutdownPolicy(false); // forgetting codes need not wait
        }
    }

    /** Whether a new code can wait here now; otherwise the join hashes it itself. */
    boolean hasRoom() {
        return waiting.size() < MOST_WAITING;
    }

    /** Hashes the code soon and writes it to the enrollment, unless the teacher has given it another by then. */
    void hashLater(long enrollmentId, String code) {
        waiting.put(enrollmentId, code);
        hasher.execute(() -> store(enrollmentId, code));
    }

    private void store(long enrollmentId, String code) {
        try {
            String hash = Passwords.hashInBackground(code);
            QuarkusTransaction.requiringNew().run(() -> Enrollment.update(
                    "returnCodeHash = ?1 where id = ?2 and returnCodeHash is null", hash, enrollmentId));
            // Forgotten a while later, not now: a come-back that read the place just before the hash was
            // written checks the waiting code after it.
            hasher.schedule(() -> waiting.remove(enrollmentId, code), KEPT_AFTER_STORING_SECONDS, TimeUnit.SECONDS);
        } catch (RuntimeException e) {
            waiting.remove(enrollmentId, code);
            Log.errorf(e, "Could not store the return code of enrollment %d; the teacher can give a new one",
                    enrollmentId);
        }
    }

    /**
     * Whether the typed code is the one still waiting for this student's hash: only while the
     * enrollment has none (a code the teacher gave since has its hash at once). Compared in
     * constant time; the caller's bcrypt check keeps the answer's timing the same either way.
     */
    boolean matchesWaiting(Enrollment named, String typed) {
        String code = named == null || named.returnCodeHash != null ? null : waiting.get(named.id);
        return code != null && typed != null
                && MessageDigest.isEqual(code.getBytes(StandardCharsets.UTF_8), typed.getBytes(StandardCharsets.UTF_8));
    }

    /** How many codes wait for their hash now, or were stored in the last minute. */
    int waitingCount() {
        return waiting.size();
    }

    /** On a clean stop, the codes still waiting are hashed first, for up to twenty seconds. */
    void stop(@Observes ShutdownEvent event) {
        hasher.shutdown();
        try {
            if (!hasher.awaitTermination(STOP_SECONDS, TimeUnit.SECONDS)) {
                Log.warnf("Stopped with %d new return codes not yet stored; those students stay signed in where they"
                        + " joined, and their teacher can give them a new code", hasher.shutdownNow().size());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
