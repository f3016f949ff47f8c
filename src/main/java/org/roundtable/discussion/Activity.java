package org.roundtable.discussion;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Roundtable's own figures at /q/metrics (Prometheus): roundtable_posts_created_total,
 * roundtable_flags_total and roundtable_moderation_actions_total{action} (the live streams
 * count their own). Counts only, never who or what.
 */
@ApplicationScoped
public class Activity {

    private final MeterRegistry registry;
    private final Counter posts;
    private final Counter flags;

    Activity(MeterRegistry registry) {
        this.registry = registry;
        this.posts = Counter.builder("roundtable.posts.created").description("Posts written").register(registry);
        this.flags = Counter.builder("roundtable.flags").description("Flags raised by students").register(registry);
    }

    public void postCreated() {
        posts.increment();
    }

    public void flagged() {
        flags.increment();
    }

    public void moderated(String action) {
        Counter.builder("roundtable.moderation.actions").description("Moderation actions by teachers")
                .tag("action", action).register(registry).increment();
    }
}
