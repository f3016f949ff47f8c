package org.roundtable.account;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The way into bcrypt: only so many hashes run at once (one per core), and only so many requests
 * may be hashing or waiting to (half the worker threads), so a whole school signing in at once
 * cannot take the threads that every page needs. A request beyond that is not kept waiting: it
 * is refused at once with {@link Passwords.Busy}, and told how long the hashes before it take.
 */
final class HashGate {

    /** The worker threads Quarkus starts when the setting is absent: its own default. */
    private static final int DEFAULT_WORKERS = Math.max(200, 8 * Runtime.getRuntime().availableProcessors());

    private final int hashing;
    private final int admitted;
    private final Semaphore running;
    private final Semaphore inside;
    /** How long the last hash took: what a refused request is told to wait for, with the queue. */
    private volatile long lastNanos = Duration.ofMillis(100).toNanos();

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

    /** Runs the hash when its turn comes, or throws {@link Passwords.Busy} now when the gate is full. */
    <T> T run(Supplier<T> hash) {
        if (!inside.tryAcquire()) {
            throw new Passwords.Busy(queueTime());
        }
        try {
            running.acquireUninterruptibly();
            try {
                long started = System.nanoTime();
                T result = hash.get();
                lastNanos = System.nanoTime() - started;
                return result;
            } finally {
                running.release();
            }
        } finally {
            inside.release();
        }
    }

    /** How many more requests may come in now. */
    int free() {
        return inside.availablePermits();
    }

    /** How long the hashes already inside take to run, the cores sharing them. */
    Duration queueTime() {
        return Duration.ofNanos(lastNanos * admitted / hashing);
    }
}
