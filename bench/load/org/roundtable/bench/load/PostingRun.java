package org.roundtable.bench.load;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/** The posters reply at once, each as fast as the server acknowledges, for the round's seconds. */
record PostingRun(double rate, int errors) {

    static PostingRun run(DemoSeed.Seeded seeded, String path, int posters, int seconds) throws Exception {
        AtomicLong acknowledged = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(posters);
        CountDownLatch ready = new CountDownLatch(posters);
        long begin = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200);
        long end = begin + TimeUnit.SECONDS.toNanos(seconds);
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < posters; t++) {
            Person student = seeded.students().get(t % seeded.students().size());
            int thread = t;
            running.add(pool.submit(() -> {
                Random random = new Random(thread);
                ready.countDown();
                ready.await();
                LockSupport.parkNanos(begin - System.nanoTime());
                List<Long> answers = seeded.postingAnswers();
                for (int k = 0; System.nanoTime() < end && k < 1_000_000; k++) {
                    try {
                        student.write(path, answers.get((thread + k) % answers.size()), Texts.text(random, false));
                        acknowledged.incrementAndGet();
                    } catch (RuntimeException | IOException e) {
                        errors.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        double elapsed = (System.nanoTime() - begin) / 1e9;
        pool.shutdown();
        return new PostingRun(acknowledged.get() / elapsed, (int) errors.get());
    }
}
