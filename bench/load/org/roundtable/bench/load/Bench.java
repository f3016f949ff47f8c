package org.roundtable.bench.load;

import static org.roundtable.bench.load.Log.say;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Roundtable's benchmark: starts the bench build on a fresh database, seeds it through the
 * app's own forms, measures, prints a table and (full run) writes it into docs/performance.md.
 * Run through bench/run.sh, which builds what this needs. Every request goes to 127.0.0.1, and
 * every loop is bounded in time and count.
 *
 * <pre>
 *   (no option)    page by page: statements, throughput, latency, posting, live updates, start, memory
 *   --school       a school day: classes of 30 and their teachers, ramped until p99 or errors give
 *   --smoke        the same, small and short, docs/performance.md left alone
 *   --postgresql   against the PostgreSQL cluster bench/postgresql.sh started
 *   --hold         page benchmark seeded, then the server kept up for bench/cpu.sh
 *   --classes N    with --school: N classes from the start, held for one step, docs left alone (to profile)
 * </pre>
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        boolean smoke = false;
        boolean postgresql = false;
        boolean hold = false;
        boolean school = false;
        Integer heldClasses = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--classes" -> heldClasses = Integer.parseInt(args[++i]);
                case "--smoke" -> smoke = true;
                case "--postgresql" -> postgresql = true;
                case "--hold" -> hold = true;
                case "--school" -> school = true;
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        String command = "bench/run.sh" + (school ? " --school" : "") + (smoke ? " --smoke" : "")
                + (postgresql ? " --postgresql" : "");
        Path work = Path.of("target/bench/run");
        Log.deleteTree(work);
        Files.createDirectories(work);
        Server server = new Server(postgresql, work);
        String section;
        String marker = (school ? "bench-school" : "bench") + (postgresql ? "-postgresql" : "");
        try {
            section = school
                    ? new SchoolDay(smoke ? SchoolPlan.smoke()
                            : heldClasses != null ? SchoolPlan.held(heldClasses) : SchoolPlan.full(), server, command)
                            .run()
                    : new PageBench(smoke ? Plan.smoke() : Plan.full(), server, work, command).run(hold);
        } finally {
            server.stop();
        }
        if (section == null) {
            return;
        }
        System.out.println();
        System.out.println(section);
        if (heldClasses != null) {
            say("held run: docs/performance.md left as it was");
        } else if (smoke) {
            // Beside the work folder, which the next run clears: CI's smoke runs both benchmarks in a row.
            Path smokeTable = work.resolveSibling(marker + "-smoke.md");
            Files.writeString(smokeTable, section);
            say("smoke run: docs/performance.md left as it was; table in %s", smokeTable);
        } else {
            Path out = Path.of("docs/performance.md");
            Report.write(out, marker, section);
            say("wrote %s", out);
        }
    }
}
