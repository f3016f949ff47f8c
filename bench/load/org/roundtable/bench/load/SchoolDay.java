package org.roundtable.bench.load;

import static org.roundtable.bench.load.Log.say;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A school day: classes of 30 students and their teacher arrive step by step until p99 of
 * page responses passes the limit or an error appears; each step reports latency, errors,
 * open streams, and what the server and this generator spent of the machine.
 */
final class SchoolDay {

    /** The school's proxy is 127.0.0.1 and writes each classroom's address into X-Forwarded-For. */
    static final Map<String, String> BEHIND_A_PROXY = Map.of("QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING", "true",
            "QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED", "true", "QUARKUS_HTTP_PROXY_TRUSTED_PROXIES", "127.0.0.1");

    private final SchoolPlan plan;
    private final Server server;
    private final String command;
    private final List<Visitor> visitors = new ArrayList<>();
    private volatile Recorder recorder = new Recorder();
    /** Two threads answer every response and one keeps time: the generator stays cheap. */
    private final ExecutorService network = Executors.newFixedThreadPool(2);
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();

    SchoolDay(SchoolPlan plan, Server server, String command) {
        this.plan = plan;
        this.server = server;
        this.command = command;
    }

    String run() throws Exception {
        say("School day (%s%s): %d classes, then +%d per step of %d s, up to %d; port %d",
                plan.isSmoke() ? "smoke" : "full", server.postgresql ? ", PostgreSQL" : ", H2", plan.firstClasses(),
                plan.stepClasses(), plan.stepSeconds(), plan.maxClasses(), server.port);
        double start = server.start(1, BEHIND_A_PROXY);
        say("first page after %.0f ms", start);
        Site site = new Site(server.base, server.port, Site.client(network));
        SchoolSeed seed = new SchoolSeed(site);
        List<Step> steps = new ArrayList<>();
        long began = System.nanoTime();
        String setUpFailed = null;
        try {
            for (int classes = plan.firstClasses(); classes <= plan.maxClasses(); classes += plan.stepClasses()) {
                int first = visitors.size() / (plan.students() + 1) + 1;
                try {
                    arrive(seed, site, first, classes);
                } catch (ExecutionException | IOException e) {
                    // The server too busy to let the next classes in ends the ramp like a step that failed.
                    setUpFailed = String.format(Locale.ROOT, "setting up classes %d to %d failed (%s)", first, classes,
                            (e.getCause() == null ? e : e.getCause()).getClass().getSimpleName());
                    say("  %s", setUpFailed);
                    break;
                }
                Step step = measure(classes);
                steps.add(step);
                say("  %3d classes, %4d students (%d joined): pages p50 %.0f ms p99 %.0f ms, posts p99 %.0f ms, "
                        + "joins p50 %.0f ms p99 %.0f ms, %.0f req/s, %d errors, %d told to wait, %d streams; server CPU %.0f%%, "
                        + "generator CPU %.0f%%, RSS %.0f MB",
                        step.classes(), step.students(), step.joined(), step.pageP50(), step.pageP99(), step.postP99(),
                        step.joinP50(), step.joinP99(), step.rate(), step.errors(), step.toldToWait(), step.streams(), step.serverCpu() * 100,
                        step.generatorCpu() * 100, step.rssMb());
                // The smoke has no targets: it walks its small ramp to the end unless something fails.
                boolean stop = plan.isSmoke() ? step.errors() > 0 : !step.held(plan);
                if (stop || (System.nanoTime() - began) / 1e9 > plan.budgetSeconds()) {
                    break;
                }
            }
        } finally {
            recorder = Recorder.quiet();
            visitors.forEach(Visitor::stop);
            clock.shutdownNow();
            Thread.sleep(2000);   // the last answers arrive before the server stops
        }
        boolean failed = steps.isEmpty() || steps.get(steps.size() - 1).errors() > 0 || Student.JOINED.get() == 0
                || setUpFailed != null;
        if (plan.isSmoke() && failed) {
            throw new IllegalStateException("the school-day smoke failed: no student joined, or errors (see above)");
        }
        String started = server.commandLine();
        String java = server.java();
        server.stop();
        network.shutdownNow();
        return new SchoolTable(plan, steps, setUpFailed).section(Report.measured(command, server.postgresql, started, java));
    }

    /** Sets up the classes from {@code first} to {@code last} through the forms, then lets them in. */
    private void arrive(SchoolSeed seed, Site site, int first, int last) throws Exception {
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<SchoolSeed.SchoolClass>> creating = new ArrayList<>();
        for (int n = first; n <= last; n++) {
            int number = n;
            creating.add(pool.submit(() -> seed.create(number)));
        }
        List<SchoolSeed.SchoolClass> classes = new ArrayList<>();
        for (Future<SchoolSeed.SchoolClass> f : creating) {
            classes.add(f.get());
        }
        pool.shutdown();
        say("set up classes %d to %d through the forms in %.1f s", first, last, (System.nanoTime() - started) / 1e9);
        for (SchoolSeed.SchoolClass school : classes) {
            List<List<Long>> answers = new ArrayList<>();
            school.discussions().forEach(d -> answers.add(new CopyOnWriteArrayList<>()));
            TeacherDesk desk = new TeacherDesk(school, plan, clock, () -> recorder);
            visitors.add(desk);
            desk.start();
            for (int s = 1; s <= plan.students(); s++) {
                Person person = new Person(site, "Student " + school.number() + "-" + s, school.address());
                Student student = new Student(person, school, answers, plan, clock, () -> recorder);
                visitors.add(student);
                student.start();
            }
        }
    }

    /** Holds the step for its seconds with a fresh recorder, then reads what it measured. */
    private Step measure(int classes) throws Exception {
        Recorder step = new Recorder();
        recorder = step;
        long self = ProcessHandle.current().pid();
        long pid = server.pid();
        double serverBefore = Procs.cpuSeconds(pid);
        double selfBefore = Procs.cpuSeconds(self);
        long from = System.nanoTime();
        long until = from + TimeUnit.SECONDS.toNanos(plan.stepSeconds());
        while (System.nanoTime() < until) {
            server.checkAlive();
            Thread.sleep(250);
        }
        double wall = (System.nanoTime() - from) / 1e9;
        int cores = Runtime.getRuntime().availableProcessors();
        double serverCpu = (Procs.cpuSeconds(pid) - serverBefore) / wall / cores;
        double selfCpu = (Procs.cpuSeconds(self) - selfBefore) / wall / cores;
        Latencies pages = step.pages();
        Latencies posts = step.posts();
        Latencies joins = step.joins();
        return new Step(classes, classes * plan.students(), Student.JOINED.get(), pages.percentile(50),
                pages.percentile(99), posts.percentile(99), joins.percentile(50), joins.percentile(99),
                (pages.values.length + posts.values.length + joins.values.length) / wall,
                step.errors(), step.toldToWaitCount(), LiveFeed.OPEN.get(), serverCpu, selfCpu, server.rssMb());
    }
}
