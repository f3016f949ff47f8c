package org.roundtable.bench.load;

import static org.roundtable.bench.load.Log.fmt;

/** The page benchmark's table: statements, throughput, latency, posting, live updates, start and memory. */
final class PageTable {

    private final Figures f;
    private final Plan plan;
    private final boolean postgresql;

    PageTable(Figures figures, Plan plan, boolean postgresql) {
        this.f = figures;
        this.plan = plan;
        this.postgresql = postgresql;
    }

    private String speed(String k) {
        return fmt(f.median(k + ".rps"), 0) + " req/s, " + fmt(f.median(k + ".p50"), 1) + " ms, "
                + fmt(f.median(k + ".p99"), 1) + " ms";
    }

    private String counts(String prefix) {
        return fmt(f.median(prefix + "0.statements"), 0) + " / " + fmt(f.median(prefix + "1.statements"), 0) + " / "
                + fmt(f.median(prefix + "2.statements"), 0);
    }

    private boolean constant(String prefix) {
        return f.median(prefix + "2.statements") <= 5 && f.median(prefix + "0.statements") == f.median(prefix
                + "2.statements");
    }

    String table() {
        int[] s = plan.sizes();
        Report t = new Report();
        t.row("SQL statements per discussion page, student (" + fmt(s[0], 0) + " / " + fmt(s[1], 0) + " / "
                + fmt(s[2], 0) + " posts)", "≤ 5, constant", counts("d"), constant("d"));
        t.row("SQL statements per discussion page, teacher (same pages)", "≤ 5, constant", counts("t"),
                constant("t"));
        for (int i = 0; i < s.length; i++) {
            t.row("Discussion page, " + fmt(s[i], 0) + " posts: req/s, p50, p99 at 16 connections", "", speed("d" + i),
                    null);
        }
        t.row("Hand-written baseline, " + fmt(s[1], 0) + " posts: req/s, p50, p99 at 16 connections", "",
                speed("baseline"), null);
        t.row("Discussion page (" + fmt(s[1], 0) + " posts) ÷ baseline, throughput", "≥ 0.5×",
                fmt(f.median("ratio.baseline"), 2) + "×", f.median("ratio.baseline") >= 0.5);
        for (int i = 0; i < s.length; i++) {
            String k = "d" + i;
            boolean target = i == 1;
            t.row("Discussion page, " + fmt(s[i], 0) + " posts: p99 at half its throughput ("
                    + fmt(f.median(k + ".half.rate"), 0) + " req/s, constant rate)", target ? "≤ 50 ms" : "",
                    fmt(f.median(k + ".half.p99"), 1) + " ms", target ? f.median(k + ".half.p99") <= 50 : null);
        }
        t.row("Baseline: p99 at half its throughput (" + fmt(f.median("baseline.half.rate"), 0) + " req/s)", "",
                fmt(f.median("baseline.half.p99"), 1) + " ms", null);
        t.row("Growth: " + fmt(s[2], 0) + "-post page ÷ " + fmt(s[0], 0) + "-post page, throughput", "≥ 0.8×",
                fmt(f.median("ratio.growth"), 2) + "×", f.median("ratio.growth") >= 0.8);
        t.row("Discussion page, " + fmt(s[1], 0) + " posts, as the teacher: req/s, p50, p99", "", speed("teacher"),
                null);
        t.row("Article page: req/s, p50, p99", "", speed("article"), null);
        t.row("Class home: req/s, p50, p99", "", speed("home"), null);
        double pageErrors = f.sumOf(".errors", "post.");
        t.row("Page requests answered with an error, all runs", "0", fmt(pageErrors, 0), pageErrors == 0);
        t.row("Posting" + (postgresql ? " (PostgreSQL)" : " (H2, durable)") + ": acknowledged posts/s, "
                + plan.posters() + " students replying at once", "≥ 300", fmt(f.median("post.rate"), 0),
                f.median("post.rate") >= 300);
        double postErrors = f.sum("post.errors");
        t.row("Posting: errors, all runs", "0", fmt(postErrors, 0), postErrors == 0);
        double missed = f.median("sse.missed");
        t.row("Live updates: a new post reaches " + plan.streams() + " open streams, p99", "< 1 s",
                fmt(f.median("sse.p99"), 0) + " ms" + (missed > 0 ? " (" + fmt(missed, 0) + " missed)" : ""),
                f.median("sse.p99") < 1000 && missed == 0);
        t.row("Live updates: resident memory per open stream", "reported", fmt(f.median("sse.kb"), 1) + " KB", null);
        t.row("Start to first page (JVM, fresh database)", "≤ 3 s", fmt(f.median("start") / 1000, 2) + " s",
                f.median("start") <= 3000);
        t.row("Resident memory after the run", "≤ 350 MB", fmt(f.median("rss"), 0) + " MB", f.median("rss") <= 350);
        return t.table();
    }
}
