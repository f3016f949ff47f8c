package org.roundtable.bench.load;

/** One step of the school day as measured: how many were there, how fast, what it cost. */
record Step(int classes, int students, int joined, double pageP50, double pageP99, double postP99, double joinP50,
        double joinP99, double rate,
        int errors, int toldToWait, int streams, double serverCpu, double generatorCpu, double rssMb) {

    boolean held(SchoolPlan plan) {
        return errors == 0 && pageP99 <= plan.p99LimitMs();
    }
}
