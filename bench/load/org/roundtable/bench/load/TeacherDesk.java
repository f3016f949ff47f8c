package org.roundtable.bench.load;

import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;

/**
 * The teacher during the lesson: on the moderation page with its live queue open, switching
 * to the participation page and back, reloading.
 */
final class TeacherDesk extends Visitor {

    private final SchoolSeed.SchoolClass school;
    private final SchoolPlan plan;

    TeacherDesk(SchoolSeed.SchoolClass school, SchoolPlan plan, ScheduledExecutorService clock,
            Supplier<Recorder> recorder) {
        super(school.teacher(), school.number(), clock, recorder);
        this.school = school;
        this.plan = plan;
    }

    private String teach() {
        return "/teach/classes/" + school.id();
    }

    @Override
    void start() {
        watch(teach() + "/moderation/events");
        moderation();
    }

    private void moderation() {
        page(teach() + "/moderation", false).thenAccept(ok -> after(plan.readSeconds(), this::participation));
    }

    private void participation() {
        page(teach() + "/participation", false).thenAccept(ok -> after(plan.readSeconds(), this::moderation));
    }
}
