package org.roundtable.account;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The way into bcrypt: only so many hashes run at once (one per core), and only so many requests
 * may be inside (half the worker threads), so a whole school signing in at once cannot take the
 * threads that every page needs. A form that checks a password takes its {@link Turn} before its
 * first step (counting the attempt, looking up the class), so a request the gate cannot let in
 * costs no database work at all: it is refused at once with {@link Passwords.Busy}, told to come
 * back when the requests inside and those refused just before it will have had their turn.
 */
final class HashGate {

    /** The worker threads Quarkus starts when the setting is absent: its own default. */
    private static final int DEFAULT_WORKERS = Math.max(200, 8 * Runtime.getRuntime().availableProcessors());

    private final int hashing;
    private final int admitted;
    private final Semaphore running;
    private final Semaphore inside;
    /** The turns this thread holds: a form's turn covers the hash it makes. */
    private final ThreadLocal<int[]> held = ThreadLocal.withInitial(() -> new int[1]);
    /** How long the last hash took. */
    private volatile long lastNanos = Duration.ofMillis(100).toNanos();
    /** Refusals in the current second, and when that second began: the crowd that will come back. */
    private long refusalsSince = System.nanoTime();
    private int refusals;

    HashGate(int hashing, int admitted) {
        if (hashing < 1 || admitted < hashing) {
            throw new IllegalArgumentException("hashing " + hashing + ", admitted " + admitted);
        }
        this.hashing = hashing;
        this.admitted = admitted;
        this.running = new Semaphore(hashing, true);
        this.inside = new Semaphore(admitted);
    }

    /** One hash per core, and half the configured worker threads inside at most. */
    static HashGate forThisServer() {
        int cores = Math.max(2, Runtime.getRuntime().availableProcessors());
        int workers = ConfigProvider.getConfig().getOptionalValue("quarkus.thread-pool.max-threads", Integer.class)
                .orElse(DEFAULT_WORKERS);
        return new HashGate(cores, Math.max(cores, workers / 2));
    }

    /** A place inside the gate, for one request on one thread, until closed. */
    final class Turn implements Passwords.Turn {

        private boolean open = true;

        @Override
        public void close() {
            if (open) {
                open = false;
                if (--held.get()[0] == 0) {
                    inside.release();
                }
            }
        }
    }

    /** Takes a place inside, or throws {@link Passwords.Busy} now; a thread already inside keeps its place. */
    Turn enter() {
        int[] turns = held.get();
        if (turns[0] == 0 && !inside.tryAcquire()) {
            throw new Passwords.Busy(refused());
        }
        turns[0]++;
        return new Turn();
    }

    /** Runs the hash when its turn comes, inside the thread's turn or one of its own. */
    <T> T run(Supplier<T> hash) {
        try (Turn turn = enter()) {
            return queued(hash);
        }
    }

    /**
     * Runs the hash when one of the running places is free, without a place inside: for a
     * background thread, which holds no request and so is never refused, only made to wait.
     */
    <T> T queued(Supplier<T> hash) {
        running.acquireUninterruptibly();
        try {
            long started = System.nanoTime();
            T result = hash.get();
            lastNanos = System.nanoTime() - started;
            return result;
        } finally {
            running.release();
        }
    }

    /** How many more requests may come in now. */
    int free() {
        return inside.availablePermits();
    }

    /** Counts a refusal; answers how long the requests inside and the ones refused this second take. */
    private synchronized Duration refused() {
        long now = System.nanoTime();
        if (now - refusalsSince >= 1_000_000_000L) {
            refusalsSince = now;
            refusals = 0;
        }
        refusals++;
        return queueTime(admitted + refusals);
    }

    /** How long this many hashes take to run, the cores sharing them. */
    Duration queueTime(int hashes) {
        return Duration.ofNanos(lastNanos * hashes / hashing);
    }
}
