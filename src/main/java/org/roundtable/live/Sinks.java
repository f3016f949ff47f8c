package org.roundtable.live;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import io.quarkus.logging.Log;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.SseEventSink;

/**
 * Sending to a stream whose reader may have left. A sink closed between the check and the send
 * throws at once rather than failing its stage; a reader leaving is no error, so it becomes a
 * failed stage like any other lost send, logged at DEBUG only.
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
}
