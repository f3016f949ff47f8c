package org.roundtable.live;

import org.roundtable.account.CsrfMask;
import org.roundtable.account.Viewer;

import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

/** A request for a live stream as its resource receives it: where to send, how to build events, and the request. */
public record StreamRequest(SseEventSink sink, Sse sse, RoutingContext context) {

    StreamReader readerFor(Viewer viewer) {
        return StreamReader.of(viewer, context.request());
    }

    /** The browser's form token, masked once for this stream, for the forms in the posts it carries. */
    String csrfToken() {
        return CsrfMask.mask(context.get("csrf_token"));
    }
}
