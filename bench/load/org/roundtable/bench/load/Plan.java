package org.roundtable.bench.load;

/** How big and how long the page benchmark runs: the full run, or the smoke run CI uses to keep it working. */
record Plan(boolean isSmoke, int[] sizes, int students, int posters, int rounds, int seconds, int warmup,
        int starts, int streams, int livePosts) {

    static Plan full() {
        return new Plan(false, new int[] {100, 1_000, 10_000}, 30, 16, 3, 10, 5, 3, 500, 3);
    }

    static Plan smoke() {
        return new Plan(true, new int[] {20, 40, 80}, 16, 16, 1, 1, 1, 1, 20, 1);
    }
}
