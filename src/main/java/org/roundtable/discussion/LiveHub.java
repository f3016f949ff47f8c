package org.roundtable.discussion;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

/**
 * The open live streams of this instance and what they receive. A changed post is read
 * once per instance, then shaped for each reader by the same rules as the page itself
 * ({@link ThreadBuilder}): a reader never receives a post, a name or a status that the
 * page would not show them.
 */
@ApplicationScoped
public class LiveHub {

    /** Streams end after this long; the browser reconnects, which checks the session again. */
    static final Duration MAX_STREAM_AGE = Duration.ofMinutes(10);
    static final Duration KEEP_ALIVE = Duration.ofSeconds(20);

    /** One open stream: who reads it, and where to send. */
    record Stream(LiveView view, SseEventSink sink, Sse sse, Instant openedAt) {
    }

    private final Map<Long, Set<Stream>> discussionStreams = new ConcurrentHashMap<>();
    private final Map<Long, Set<Stream>> queueStreams = new ConcurrentHashMap<>();
    private final AtomicLong open = new AtomicLong();
    private final LiveRenderer renderer;
    private ExecutorService workers;
    private ScheduledExecutorService timer;

    LiveHub(LiveRenderer renderer) {
        this.renderer = renderer;
    }

    void start(@Observes StartupEvent event) {
        workers = Executors.newFixedThreadPool(2, runnable -> daemon(runnable, "roundtable-live"));
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> daemon(runnable, "roundtable-live-timer"));
        timer.scheduleAtFixedRate(this::keepAlive, KEEP_ALIVE.toSeconds(), KEEP_ALIVE.toSeconds(), TimeUnit.SECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer != null) {
            timer.shutdownNow();
            workers.shutdownNow();
        }
        all().forEach(stream -> stream.sink().close());
    }

    public void subscribeDiscussion(LiveView view, SseEventSink sink, Sse sse) {
        add(discussionStreams, view.discussionId(), new Stream(view, sink, sse, Instant.now()));
    }

    public void subscribeQueue(long classId, SseEventSink sink, Sse sse) {
        add(queueStreams, classId, new Stream(null, sink, sse, Instant.now()));
    }

    /** Open streams on this instance, for the metrics. */
    public long openStreams() {
        return open.get();
    }

    /** Delivers an event to this instance's streams, off the caller's thread. */
    public void dispatch(LiveEvent event) {
        if (workers == null) {
            return;
        }
        workers.execute(() -> {
            try {
                deliver(event);
            } catch (RuntimeException e) {
                Log.warnf(e, "Could not deliver live event %s", event.encode());
            }
        });
    }

    private void deliver(LiveEvent event) {
        switch (event.kind()) {
            case QUEUE -> send(queueStreams.get(event.classId()), "queue", "{}");
            case DISCUSSION -> send(discussionStreams.get(event.discussionId()), "discussion", "{}");
            case POST -> {
                Set<Stream> streams = discussionStreams.get(event.discussionId());
                if (streams == null || streams.isEmpty()) {
                    return;
                }
                List<PostRow> rows = QuarkusTransaction.requiringNew()
                        .call(() -> LiveRenderer.load(event.postId()));
                PostRow post = rows.stream().filter(r -> r.id() == event.postId()).findFirst().orElse(null);
                if (post == null) {
                    return;
                }
                PostRow parent = post.parentId() == null ? null
                        : rows.stream().filter(r -> r.id() == post.parentId()).findFirst().orElse(null);
                for (Stream stream : streams) {
                    String json = renderer.render(stream.view(), post, parent);
                    if (json != null) {
                        sendTo(streams, stream, "post", json);
                    }
                }
            }
        }
    }

    private void send(Set<Stream> streams, String name, String data) {
        if (streams != null) {
            streams.forEach(stream -> sendTo(streams, stream, name, data));
        }
    }

    private void sendTo(Set<Stream> streams, Stream stream, String name, String data) {
        if (stream.sink().isClosed()) {
            remove(streams, stream);
            return;
        }
        OutboundSseEvent event = stream.sse().newEventBuilder().name(name).data(data).build();
        stream.sink().send(event).exceptionally(failure -> {
            remove(streams, stream);
            return null;
        });
    }

    private void keepAlive() {
        Instant now = Instant.now();
        for (Map<Long, Set<Stream>> registry : List.of(discussionStreams, queueStreams)) {
            registry.values().forEach(streams -> streams.forEach(stream -> {
                if (stream.openedAt().plus(MAX_STREAM_AGE).isBefore(now)) {
                    stream.sink().close();
                    remove(streams, stream);
                } else {
                    sendTo(streams, stream, "ping", "{}");
                }
            }));
        }
    }

    private void add(Map<Long, Set<Stream>> registry, long key, Stream stream) {
        registry.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(stream);
        open.incrementAndGet();
    }

    private void remove(Set<Stream> streams, Stream stream) {
        if (streams.remove(stream)) {
            open.decrementAndGet();
        }
    }

    private List<Stream> all() {
        return java.util.stream.Stream.concat(discussionStreams.values().stream(), queueStreams.values().stream())
                .flatMap(Set::stream).toList();
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }
}
