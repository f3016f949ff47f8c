package org.roundtable.bench.load;

import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One page's open event stream, read and thrown away as it arrives (no thread of its own),
 * closed when its reader leaves the page. {@link #OPEN} counts the streams open right now.
 */
final class LiveFeed implements Flow.Subscriber<List<ByteBuffer>> {

    static final AtomicInteger OPEN = new AtomicInteger();

    private final Runnable ended;
    private volatile Flow.Subscription subscription;
    private volatile boolean closed;

    private LiveFeed(Runnable ended) {
        this.ended = ended;
    }

    /**
     * Opens the stream; answers the feed (a refused one counts as an error). When the server
     * ends the stream (it does every ten minutes), {@code ended} runs, as EventSource reconnects.
     */
    static CompletableFuture<LiveFeed> open(Person reader, String path, Recorder recorder, Runnable ended) {
        LiveFeed feed = new LiveFeed(ended);
        return reader.site.http().sendAsync(reader.request(path).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofPublisher()).thenApply(response -> {
                    if (response.statusCode() != 200) {
                        recorder.error("live stream " + path + " answered " + response.statusCode());
                        response.body().subscribe(new LiveFeed(() -> { }));
                        return feed;
                    }
                    response.body().subscribe(feed);
                    return feed;
                });
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        if (closed) {
            subscription.cancel();
            return;
        }
        OPEN.incrementAndGet();
        subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> item) {
        // the events themselves are not needed here: the page benchmark times their arrival
    }

    @Override
    public void onError(Throwable throwable) {
        ended();
    }

    @Override
    public void onComplete() {
        ended();
    }

    private void ended() {
        if (subscription != null && !closed) {
            closed = true;
            OPEN.decrementAndGet();
            ended.run();
        }
    }

    void close() {
        Flow.Subscription current = subscription;
        if (current != null && !closed) {
            closed = true;
            OPEN.decrementAndGet();
            current.cancel();
        }
        closed = true;
    }
}
