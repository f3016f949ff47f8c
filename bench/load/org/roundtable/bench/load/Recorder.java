package org.roundtable.bench.load;

import static org.roundtable.bench.load.Log.say;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/** The latencies of one step of the school day, pages and form posts apart, and its errors. */
final class Recorder {

    /** Errors are told as they happen, the first few of each step: enough to see why, not a flood. */
    private static final int TOLD = 5;

    private double[] pages = new double[4096];
    private int pageCount;
    private double[] posts = new double[1024];
    private int postCount;
    private double[] joins = new double[1024];
    private int joinCount;
    private final AtomicInteger errors = new AtomicInteger();
    private final AtomicInteger toldToWait = new AtomicInteger();
    private final boolean told;

    Recorder() {
        this(true);
    }

    private Recorder(boolean told) {
        this.told = told;
    }

    /** For the requests still in flight when the day ends: the server stopping under them is no finding. */
    static Recorder quiet() {
        return new Recorder(false);
    }

    synchronized void page(long startedNanos) {
        if (pageCount == pages.length) {
            pages = Arrays.copyOf(pages, pageCount * 2);
        }
        pages[pageCount++] = (System.nanoTime() - startedNanos) / 1e6;
    }

    synchronized void post(long startedNanos) {
        if (postCount == posts.length) {
            posts = Arrays.copyOf(posts, postCount * 2);
        }
        posts[postCount++] = (System.nanoTime() - startedNanos) / 1e6;
    }

    /** A join, from the first press to the welcome: the busy answers and the presses again included. */
    synchronized void join(long startedNanos) {
        if (joinCount == joins.length) {
            joins = Arrays.copyOf(joins, joinCount * 2);
        }
        joins[joinCount++] = (System.nanoTime() - startedNanos) / 1e6;
    }

    void error(String what) {
        if (errors.incrementAndGet() <= TOLD && told) {
            say("  error: %s", what);
        }
    }

    /** A form answered "busy, send it again in a moment": not an error, but a press more for someone. */
    void toldToWait() {
        toldToWait.incrementAndGet();
    }

    int toldToWaitCount() {
        return toldToWait.get();
    }

    synchronized Latencies pages() {
        return new Latencies(Arrays.copyOf(pages, pageCount), errors.get());
    }

    synchronized Latencies posts() {
        return new Latencies(Arrays.copyOf(posts, postCount), errors.get());
    }

    synchronized Latencies joins() {
        return new Latencies(Arrays.copyOf(joins, joinCount), errors.get());
    }

    int errors() {
        return errors.get();
    }
}
