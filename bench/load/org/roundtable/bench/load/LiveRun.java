package org.roundtable.bench.load;

import static org.roundtable.bench.load.Log.say;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** Opens the plan's live streams on one discussion, posts a few replies and times each one's arrival. */
final class LiveRun {

    private LiveRun() {
    }

    static void run(Server server, DemoSeed.Seeded seeded, Plan plan, Figures figures) throws Exception {
        String path = seeded.discussion(plan.sizes().length);
        say("opening %d live streams", plan.streams());
        System.gc();
        double before = server.rssMb();
        CountDownLatch ready = new CountDownLatch(plan.streams());
        List<Stream> streams = new ArrayList<>();
        ExecutorService readers = Executors.newFixedThreadPool(plan.streams());
        try {
            for (int i = 0; i < plan.streams(); i++) {
                Person student = seeded.students().get(i % seeded.students().size());
                Stream stream = new Stream(server.port, path + "/events", student.cookieHeader(), ready);
                streams.add(stream);
                readers.execute(stream);
            }
            if (!ready.await(120, TimeUnit.SECONDS)) {
                throw new IllegalStateException((plan.streams() - ready.getCount()) + " of " + plan.streams()
                        + " live streams opened");
            }
            Thread.sleep(1000);
            figures.add("sse.kb", (server.rssMb() - before) * 1024 / plan.streams());
            for (int i = 0; i < plan.livePosts(); i++) {
                long sent = System.nanoTime();
                long id = seeded.reader().write(path, seeded.postingAnswers().get(i % seeded.postingAnswers().size()),
                        "Live update number " + (i + 1) + ".");
                Latencies latencies = arrivals(streams, id, sent);
                figures.add("sse.p99", latencies.percentile(99));
                figures.add("sse.missed", latencies.errors);
                say("live post %d reached %d of %d streams: p50 %.0f ms, p99 %.0f ms", i + 1,
                        streams.size() - latencies.errors, streams.size(), latencies.percentile(50),
                        latencies.percentile(99));
                Thread.sleep(1000);
            }
        } finally {
            streams.forEach(Stream::close);
            readers.shutdownNow();
        }
    }

    /** Each stream's delay for the post, waiting up to 20 s; a stream that missed it counts 20 s. */
    private static Latencies arrivals(List<Stream> streams, long id, long sent) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline && streams.stream().anyMatch(s -> !s.arrivals.containsKey(id))) {
            Thread.sleep(5);
        }
        double[] delays = new double[streams.size()];
        int missed = 0;
        for (int s = 0; s < streams.size(); s++) {
            Long at = streams.get(s).arrivals.get(id);
            if (at == null) {
                missed++;
                delays[s] = 20_000;
            } else {
                delays[s] = (at - sent) / 1e6;
            }
        }
        return new Latencies(delays, missed);
    }
}
