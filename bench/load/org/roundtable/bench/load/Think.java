package org.roundtable.bench.load;

import java.util.Random;

/**
 * Think times drawn from a log-normal distribution: most pauses short, a few long, as people
 * read and write; capped at five times the mean so no one wanders off for the whole step.
 */
final class Think {

    private static final double SIGMA = 0.8;

    private Think() {
    }

    /** Milliseconds to wait, with the given mean in seconds. */
    static long millis(Random random, double meanSeconds) {
        double mu = Math.log(meanSeconds) - SIGMA * SIGMA / 2;
        double seconds = Math.exp(mu + SIGMA * random.nextGaussian());
        return (long) (Math.min(seconds, 5 * meanSeconds) * 1000);
    }
}
