package org.roundtable.bench.load;

import static org.roundtable.bench.load.Log.fmt;

import java.util.List;

/** The school day's report: the largest school held against the target, then every step. */
final class SchoolTable {

    /** Issue 17's target: a school of 2,000 (about 67 classes of 30) on this machine. */
    static final int TARGET_STUDENTS = 2_000;

    private final SchoolPlan plan;
    private final List<Step> steps;
    /** Why the ramp ended before its next step could be measured, or null. */
    private final String setUpFailed;

    SchoolTable(SchoolPlan plan, List<Step> steps, String setUpFailed) {
        this.plan = plan;
        this.steps = steps;
        this.setUpFailed = setUpFailed;
    }

    String section(String measured) {
        Step held = steps.stream().filter(s -> s.held(plan)).reduce((a, b) -> b).orElse(null);
        int students = held == null ? 0 : held.students();
        Step last = steps.isEmpty() ? null : steps.get(steps.size() - 1);
        StringBuilder t = new StringBuilder(measured).append(". Classes of ").append(plan.students())
                .append(" and a teacher, +").append(plan.stepClasses()).append(" classes per step of ")
                .append(plan.stepSeconds()).append(" s; a class's students arrive within ")
                .append(plan.arrivalSeconds()).append(" s; log-normal think times, mean ")
                .append(fmt(plan.readSeconds(), 0)).append(" s reading and ").append(fmt(plan.writeSeconds(), 0))
                .append(" s writing; the ramp stopped at ").append(whyStopped(last)).append(".\n\n");
        t.append("| Figure | Target | Measured | |\n|---|---|---|---|\n");
        t.append("| Simultaneous students held: page p99 ≤ ").append(fmt(plan.p99LimitMs(), 0))
                .append(" ms, 0 errors | ≥ ").append(fmt(TARGET_STUDENTS, 0)).append(" | ").append(fmt(students, 0))
                .append(held == null ? "" : " (" + held.classes() + " classes)").append(" | ")
                .append(plan.isSmoke() ? "" : students >= TARGET_STUDENTS ? "met" : "**missed**").append(" |\n");
        if (held != null) {
            t.append("| Server resident memory at that step | ≤ 512 MB | ").append(fmt(held.rssMb(), 0))
                    .append(" MB | ").append(plan.isSmoke() ? "" : held.rssMb() <= 512 ? "met" : "**missed**")
                    .append(" |\n");
        }
        t.append("\n| Classes | Students (joined) | Pages p50 / p99 | Posts p99 | Joins p50 / p99 "
                + "| Requests/s | Errors | Told to wait | Open streams | Server CPU | Generator CPU | Server RSS |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Step s : steps) {
            t.append("| ").append(s.classes()).append(" | ").append(fmt(s.students(), 0)).append(" (")
                    .append(fmt(s.joined(), 0)).append(") | ").append(fmt(s.pageP50(), 0)).append(" / ")
                    .append(fmt(s.pageP99(), 0)).append(" ms | ").append(fmt(s.postP99(), 0)).append(" ms | ")
                    .append(millis(s.joinP50())).append(" / ").append(millis(s.joinP99())).append(" ms | ")
                    .append(fmt(s.rate(), 0)).append(" | ").append(s.errors()).append(" | ")
                    .append(s.toldToWait()).append(" | ").append(fmt(s.streams(), 0)).append(" | ")
                    .append(fmt(s.serverCpu() * 100, 0)).append(" % | ")
                    .append(fmt(s.generatorCpu() * 100, 0)).append(" % | ").append(fmt(s.rssMb(), 0))
                    .append(" MB |\n");
        }
        return t.append("\nCPU is the share of the machine's ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores over the step, from /proc/PID/stat.\n").toString();
    }

    /** Milliseconds; a dash for a step in which nobody joined. */
    private static String millis(double millis) {
        return Double.isNaN(millis) ? "–" : fmt(millis, 0);
    }

    /** Why the ramp ended after its last measured step. */
    private String whyStopped(Step last) {
        if (setUpFailed != null) {
            return setUpFailed + " after " + fmt(last == null ? 0 : last.students(), 0) + " students";
        }
        if (last == null) {
            return "";
        }
        if (last.held(plan)) {
            return last.classes() + plan.stepClasses() > plan.maxClasses() ? "the ramp's end" : "the time budget";
        }
        return last.errors() > 0 ? fmt(last.errors(), 0) + " errors at " + fmt(last.students(), 0) + " students"
                : "p99 " + fmt(last.pageP99(), 0) + " ms at " + fmt(last.students(), 0) + " students";
    }
}
