package org.roundtable.bench.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Sends requests on a fixed schedule, whatever the answers do, and measures each from the
 * moment it was due rather than when it was sent: a stall then shows in the latencies
 * instead of quietly lowering the rate (what wrk2's -R does). Up to 64 requests are in
 * flight; when all 64 connections are busy, the next request waits, and its wait counts.
 */
final class ConstantRate {

    /** At most this many requests in flight, each on its own kept-alive connection. */
    static final int CONNECTIONS = 64;

    private ConstantRate() {
    }

    static Latencies run(int port, String path, String cookie, double rate, int seconds) throws Exception {
        int count = (int) Math.max(1, Math.round(rate * seconds));
        double[] latencies = new double[count];
        Arrays.fill(latencies, Double.NaN);
        AtomicLong errors = new AtomicLong();
        AtomicInteger next = new AtomicInteger();
        long interval = (long) (1e9 / rate);
        long start = System.nanoTime() + 50_000_000;
        long giveUp = start + TimeUnit.SECONDS.toNanos(seconds + 30L);
        byte[] request = ("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nCookie: " + cookie
                + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        int connections = Math.min(CONNECTIONS, count);
        ExecutorService workers = Executors.newFixedThreadPool(connections);
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < connections; w++) {
            running.add(workers.submit(() -> {
                Connection connection = null;
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    long due = start + i * interval;
                    long wait;
                    while ((wait = due - System.nanoTime()) > 0) {
                        LockSupport.parkNanos(wait);
                    }
                    if (System.nanoTime() > giveUp) {
                        errors.incrementAndGet();
                        continue;
                    }
                    try {
                        if (connection == null) {
                            connection = new Connection(port);
                        }
                        if (connection.exchange(request) != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (IOException e) {
                        errors.incrementAndGet();
                        if (connection != null) {
                            connection.close();
                        }
                        connection = null;
                    }
                    latencies[i] = (System.nanoTime() - due) / 1e6;
                }
                if (connection != null) {
                    connection.close();
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        workers.shutdown();
        double[] measured = Arrays.stream(latencies).filter(l -> !Double.isNaN(l)).toArray();
        return new Latencies(measured, (int) errors.get());
    }
}
