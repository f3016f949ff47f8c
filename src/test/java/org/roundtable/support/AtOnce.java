package org.roundtable.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

/** Load tests' crowd: tasks 0 … count-1, each on its own thread, released at the same instant. */
public final class AtOnce {

    private AtOnce() {
    }

    /** Runs every task and returns once all are done, failing the test if that takes longer than {@code limit}. */
    public static void run(int count, IntConsumer task, Duration limit) throws InterruptedException {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(count);
        for (int i = 0; i < count; i++) {
            int n = i;
            pool.execute(() -> {
                try {
                    start.await();
                    task.accept(n);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        start.countDown();
        pool.shutdown();
        assertTrue(pool.awaitTermination(limit.toMillis(), TimeUnit.MILLISECONDS), "finished in time");
    }
}
