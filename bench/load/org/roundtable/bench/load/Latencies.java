package org.roundtable.bench.load;

import java.util.Arrays;

/** Latencies in milliseconds, sorted, with the number of requests that failed. */
final class Latencies {

    final double[] values;
    final int errors;

    Latencies(double[] values, int errors) {
        this.values = values.clone();
        Arrays.sort(this.values);
        this.errors = errors;
    }

    double percentile(double p) {
        if (values.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100 * values.length) - 1;
        return values[Math.max(0, Math.min(values.length - 1, index))];
    }
}
