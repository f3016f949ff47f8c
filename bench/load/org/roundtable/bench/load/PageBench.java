package org.roundtable.bench.load;

import static org.roundtable.bench.load.Log.say;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Page by page: start times, statements per page, each page at full speed and at half of it,
 * posting, live updates and memory, in interleaved rounds so the machine's noise falls alike.
 */
final class PageBench {

    private final Plan plan;
    private final Server server;
    private final Path work;
    private final String command;
    private final Figures figures = new Figures();

    PageBench(Plan plan, Server server, Path work, String command) {
        this.plan = plan;
        this.server = server;
        this.work = work;
        this.command = command;
    }

    /** Runs it; answers the report's section (a line on how it was measured, then the table), or null when held. */
    String run(boolean hold) throws Exception {
        say("Benchmark (%s%s): sizes %s, %d round(s) of %d s, port %d", plan.isSmoke() ? "smoke" : "full",
                server.postgresql ? ", PostgreSQL" : ", H2", Arrays.toString(plan.sizes()), plan.rounds(),
                plan.seconds(), server.port);
        for (int i = 1; i <= plan.starts(); i++) {
            if (i > 1) {
                server.stop();
            }
            double ms = server.start(i, Map.of());
            figures.add("start", ms);
            say("start %d: first page after %.0f ms", i, ms);
        }
        Site site = Site.of(server);
        DemoSeed.Seeded seeded = new DemoSeed(site, plan).seed();
        Map<String, String> pages = pages(seeded);
        Statements.count(site, seeded, pages, figures, plan.sizes().length);
        if (hold) {
            hold(seeded, pages);
            return null;
        }
        say("warming up");
        for (Map.Entry<String, String> page : pages.entrySet()) {
            wrk(page.getValue(), cookieFor(page.getKey(), seeded), plan.warmup());
        }
        for (int round = 1; round <= plan.rounds(); round++) {
            say("round %d of %d", round, plan.rounds());
            for (Map.Entry<String, String> page : pages.entrySet()) {
                measure(page.getKey(), page.getValue(), cookieFor(page.getKey(), seeded));
            }
            figures.add("ratio.baseline", figures.last("d1.rps") / figures.last("baseline.rps"));
            figures.add("ratio.growth", figures.last("d2.rps") / figures.last("d0.rps"));
            PostingRun posting = PostingRun.run(seeded, seeded.discussion(plan.sizes().length), plan.posters(),
                    plan.seconds());
            figures.add("post.rate", posting.rate());
            figures.add("post.errors", posting.errors());
            say("  posting  %8.0f posts/s acknowledged, %d errors", posting.rate(), posting.errors());
        }
        LiveRun.run(server, seeded, plan, figures);
        figures.add("rss", server.rssMb());
        say("resident memory after the run: %.0f MB", figures.median("rss"));
        String started = server.commandLine();
        String java = server.java();
        server.stop();
        return Report.measured(command, server.postgresql, started, java) + ". Medians of " + plan.rounds() + " runs; "
                + seeded.note() + ".\n\n" + new PageTable(figures, plan, server.postgresql).table();
    }

    private Map<String, String> pages(DemoSeed.Seeded seeded) {
        Map<String, String> pages = new LinkedHashMap<>();
        for (int i = 0; i < plan.sizes().length; i++) {
            pages.put("d" + i, seeded.discussion(i));
        }
        pages.put("baseline", "/bench" + seeded.discussion(1));
        pages.put("teacher", seeded.discussion(1));
        pages.put("article", "/classes/" + seeded.classId() + "/articles/" + seeded.articleId());
        pages.put("home", "/classes/" + seeded.classId());
        return pages;
    }

    private void measure(String key, String path, String cookie) throws Exception {
        Wrk result = wrk(path, cookie, plan.seconds());
        figures.add(key + ".rps", result.rps());
        figures.add(key + ".p50", result.p50());
        figures.add(key + ".p99", result.p99());
        figures.add(key + ".errors", result.errors());
        say("  %-8s %8.0f req/s  p50 %6.1f ms  p99 %6.1f ms  errors %.0f", key, result.rps(), result.p50(),
                result.p99(), result.errors());
        if (key.startsWith("d") || key.equals("baseline")) {
            double rate = Math.max(1, result.rps() / 2);
            Latencies paced = ConstantRate.run(server.port, path, cookie, rate, plan.seconds());
            figures.add(key + ".half.p99", paced.percentile(99));
            figures.add(key + ".half.rate", rate);
            figures.add(key + ".half.errors", paced.errors);
            say("  %-8s at %5.0f req/s: p50 %6.1f ms  p99 %6.1f ms  errors %d", key, rate, paced.percentile(50),
                    paced.percentile(99), paced.errors);
        }
    }

    private Wrk wrk(String path, String cookie, int seconds) throws Exception {
        server.checkAlive();
        return Wrk.run(server.base + path, cookie, seconds);
    }

    private static String cookieFor(String page, DemoSeed.Seeded seeded) {
        return page.equals("teacher") ? seeded.teacher().cookieHeader() : seeded.reader().cookieHeader();
    }

    /** Seeded, the server stays up (at most 30 minutes, or until work/release exists) to look at it. */
    private void hold(DemoSeed.Seeded seeded, Map<String, String> pages) throws Exception {
        StringBuilder env = new StringBuilder("BASE=" + server.base + "\nPID=" + server.pid() + "\n");
        pages.forEach((key, path) -> env.append(key.toUpperCase(Locale.ROOT)).append("='").append(path).append("'\n"));
        env.append("READER='").append(seeded.reader().cookieHeader()).append("'\n");
        env.append("TEACHER='").append(seeded.teacher().cookieHeader()).append("'\n");
        Files.writeString(work.resolve("held.env"), env);
        say("holding the server: %s (release with: touch %s)", work.resolve("held.env"), work.resolve("release"));
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(30);
        while (System.nanoTime() < deadline && !Files.exists(work.resolve("release")) && server.isAlive()) {
            Thread.sleep(500);
        }
    }
}
