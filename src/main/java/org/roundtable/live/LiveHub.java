package org.roundtable.live;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.roundtable.discussion.ChangedPost;
import org.roundtable.discussion.ClassRules;
import org.roundtable.notice.Unread;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.context.api.ManagedExecutorConfig;
import io.smallrye.context.api.NamedInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

/**
 * The open live streams of this instance and what they receive. A changed post is read
 * once per instance, then shaped once per audience by the same rules as the page itself
 * (the thread builder's): a reader never receives a post, a name or a status that the
 * page would not show them. A reader's notice stream hears their unread count, counted once per
 * instance by the header's own query. A stream ends with the session that opened it, and a
 * discussion's when the class's settings no longer match those it opened under.
 */
@ApplicationScoped
public class LiveHub {

    /** Streams end after this long; the browser reconnects, which checks the session again. */
    static final Duration MAX_STREAM_AGE = Duration.ofMinutes(10);

    /** One open stream: whose, of which class (0 for notices), what they may see (null but for a discussion), where to send. */
    record Stream(StreamReader reader, long classId, LiveView view, SseEventSink sink, Sse sse, Instant openedAt) {
    }

    private final Map<Long, Set<Stream>> discussionStreams = new ConcurrentHashMap<>();
    private final Map<Long, Set<Stream>> queueStreams = new ConcurrentHashMap<>();
    /** By account: one per page of the reader's, whichever page it is. */
    private final Map<Long, Set<Stream>> noticeStreams = new ConcurrentHashMap<>();
    private final List<Map<Long, Set<Stream>>> registries = List.of(discussionStreams, queueStreams, noticeStreams);
    private final LiveRenderer renderer;
    private final ManagedExecutor workers;
    private final Clock clock;
    private final StreamLimits limits;
    private final Counter renderings;

    /**
     * Two workers render and send, off the thread that committed the change; they carry no
     * context of it (each delivery reads in a transaction of its own).
     */
    LiveHub(LiveRenderer renderer, StreamLimits limits, MeterRegistry registry, Clock clock,
            @ManagedExecutorConfig(maxAsync = 2, propagated = {}) @NamedInstance("roundtable-live") ManagedExecutor workers) {
        this.renderer = renderer;
        this.limits = limits;
        this.workers = workers;
        this.clock = clock;
        this.renderings = Counter.builder("roundtable.live.renderings")
                .description("Live posts rendered, once per audience of readers").register(registry);
        Gauge.builder("roundtable.live.connections", this, LiveHub::openStreams)
                .description("Open live-update streams on this instance").register(registry);
    }

    void stop(@Observes ShutdownEvent event) {
        all().forEach(stream -> stream.sink().close());
    }

    /** Opens a discussion stream, or refuses it (false) when its reader has too many open already. */
    public boolean subscribeDiscussion(StreamReader reader, LiveView view, SseEventSink sink, Sse sse) {
        return admit(discussionStreams, view.discussionId(),
                new Stream(reader, view.scope().classroom().id, view, sink, sse, clock.instant()));
    }

    /** Opens a moderation queue stream, or refuses it as above. */
    public boolean subscribeQueue(StreamReader reader, long classId, SseEventSink sink, Sse sse) {
        return admit(queueStreams, classId, new Stream(reader, classId, null, sink, sse, clock.instant()));
    }

    /** Opens a stream of the reader's unread count, or refuses it as above. */
    public boolean subscribeNotices(StreamReader reader, SseEventSink sink, Sse sse) {
        return admit(noticeStreams, reader.accountId(), new Stream(reader, 0, null, sink, sse, clock.instant()));
    }

    /** Open streams on this instance, for the metrics. */
    public long openStreams() {
        return all().size();
    }

    /**
     * Delivers an event to this instance's streams. Ended sessions end their streams at
     * once, on the caller's thread, so that nothing published after them reaches those
     * streams; everything else is delivered off it.
     */
    public void dispatch(LiveEvent event) {
        switch (event.kind()) {
            case SESSION_ENDED -> end(stream -> stream.reader().sessionId() == event.id());
            case SESSIONS_OF_ACCOUNT_ENDED -> end(stream -> stream.reader().accountId() == event.id());
            default -> workers.execute(() -> deliverSafely(event));
        }
    }

    private void deliverSafely(LiveEvent event) {
        try {
            deliver(event);
        } catch (RuntimeException e) {
            Log.warnf(e, "Could not deliver live event %s", event.encode());
        }
    }

    private void deliver(LiveEvent event) {
        switch (event.kind()) {
            case QUEUE -> queueStreams.getOrDefault(event.classId(), Set.of())
                    .forEach(stream -> Sinks.sendTo(queueStreams.get(event.classId()), stream, "queue", "{}"));
            case DISCUSSION -> discussionChanged(discussionStreams.get(event.discussionId()));
            case CLASS_SETTINGS -> {
                ClassRules rules = QuarkusTransaction.requiringNew().call(() -> ClassRules.load(event.classId()));
                discussionStreams.values().forEach(streams -> streams.stream()
                        .filter(stream -> stream.classId() == event.classId() && !stream.view().under(rules))
                        .forEach(stream -> Sinks.endWith(streams, stream, "settings")));
            }
            case POST -> deliverPost(event);
            case NOTICES -> deliverUnreadCount(event.id());
            default -> throw new IllegalArgumentException("not delivered by workers: " + event.kind());
        }
    }

    /**
     * Renders the post once per audience ({@link LiveRenderer#audience}), not once per
     * stream. A stream opened under other class settings than the current ones gets
     * nothing under its old rules: it ends, and the browser reopens it under the new ones.
     */
    private void deliverPost(LiveEvent event) {
        Set<Stream> streams = discussionStreams.get(event.discussionId());
        if (streams == null || streams.isEmpty()) {
            return;
        }
        ChangedPost change = QuarkusTransaction.requiringNew()
                .call(() -> ChangedPost.load(event.classId(), event.postId()));
        if (change.post() == null) {
            return;
        }
        Instant now = clock.instant();
        Map<LiveRenderer.Audience, Optional<String>> rendered = new HashMap<>();
        for (Stream stream : streams) {
            if (!stream.view().under(change.rules())) {
                Sinks.endWith(streams, stream, "settings");
                continue;
            }
            LiveRenderer.Audience audience = renderer.audience(stream.view(), change, now);
            Optional<String> message = rendered.computeIfAbsent(audience, a -> {
                renderings.increment();
                return Optional.ofNullable(renderer.render(stream.view(), change, now));
            });
            message.ifPresent(json -> Sinks.sendTo(streams, stream, "post",
                    LiveRenderer.forReader(json, stream.view().csrfToken())));
        }
    }

    /** The reader's unread count as their next page's header would show it, counted after the change committed. */
    private void deliverUnreadCount(long accountId) {
        Set<Stream> streams = noticeStreams.get(accountId);
        if (streams == null || streams.isEmpty()) {
            return;
        }
        String data = QuarkusTransaction.requiringNew().call(() -> Unread.of(accountId).json());
        streams.forEach(stream -> Sinks.sendTo(streams, stream, "notices", data));
    }

    /**
     * Locking opens a post-first discussion to all students, unlocking closes it: a student's stream
     * ends after telling the page and reopens under the new rule. The teacher's stays.
     */
    private void discussionChanged(Set<Stream> streams) {
        for (Stream stream : streams == null ? Set.<Stream>of() : streams) {
            if (stream.view().viewing().teacher()) {
                Sinks.sendTo(streams, stream, "discussion", "{}");
            } else {
                Sinks.endWith(streams, stream, "discussion");
            }
        }
    }

    private void end(Predicate<Stream> which) {
        for (Map<Long, Set<Stream>> registry : registries) {
            registry.values().forEach(streams -> streams.stream().filter(which).forEach(stream -> {
                streams.remove(stream);
                stream.sink().close();
            }));
        }
    }

    /** Keeps idle streams open through proxies, and ends those past their age. */
    @Scheduled(every = "20s", delayed = "20s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void keepAlive() {
        Instant now = clock.instant();
        for (Map<Long, Set<Stream>> registry : registries) {
            registry.values().forEach(streams -> streams.forEach(stream -> {
                if (stream.openedAt().plus(MAX_STREAM_AGE).isBefore(now)) {
                    stream.sink().close();
                    streams.remove(stream);
                } else {
                    Sinks.sendTo(streams, stream, "ping", "{}");
                }
            }));
        }
    }

    /**
     * Registers the stream unless its session or its address already holds as many open
     * streams as {@link StreamLimits} allows. One lock, so that parallel opens cannot all
     * slip under the limit.
     */
    private synchronized boolean admit(Map<Long, Set<Stream>> registry, long key, Stream stream) {
        if (!limits.allow(stream.reader(), all())) {
            return false;
        }
        registry.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(stream);
        return true;
    }

    private List<Stream> all() {
        return registries.stream().flatMap(registry -> registry.values().stream())
                .flatMap(Set::stream).toList();
    }
}
