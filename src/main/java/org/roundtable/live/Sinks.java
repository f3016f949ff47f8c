package org.roundtable.live;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import io.quarkus.logging.Log;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.SseEventSink;

/**
 * Sending to a stream whose reader may have left. A sink closed between the check and the send
 * throws at once rather than failing its stage; a reader leaving is no error, so it becomes a
 * failed stage like any other lost send, logged at DEBUG only. A stream whose send fails leaves the set it was
 * registered in.
 */
final class Sinks {

    private Sinks() {
    }

    static CompletionStage<?> send(SseEventSink sink, OutboundSseEvent event) {
        try {
            return sink.send(event);
        } catch (IllegalStateException alreadyClosed) {
            Log.debugf("Live stream closed before %s could be sent: %s", event.getName(), alreadyClosed.getMessage());
            return CompletableFuture.failedFuture(alreadyClosed);
        }
    }

    /** Sends one event to a registered stream; a stream that is gone leaves its set. */
    static void sendTo(Set<LiveHub.Stream> streams, LiveHub.Stream stream, String name, String data) {
        if (stream.sink().isClosed()) {
            streams.remove(stream);
            return;
        }
        OutboundSseEvent event = stream.sse().newEventBuilder().name(name).data(data).build();
        send(stream.sink(), event).exceptionally(failure -> {
            streams.remove(stream);
            return null;
        });
    }

    /** Tells the page why its stream ends ("settings": the teacher changed the class's settings), then ends it. */
    static void endWith(Set<LiveHub.Stream> streams, LiveHub.Stream stream, String name) {
        if (streams.remove(stream)) {
            send(stream.sink(), stream.sse().newEventBuilder().name(name).data("{}").build())
                    .whenComplete((ok, failure) -> stream.sink().close());
        }
    }
}
