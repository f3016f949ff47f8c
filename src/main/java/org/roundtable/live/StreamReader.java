package org.roundtable.live;

import org.roundtable.account.Throttle;
import org.roundtable.account.Viewer;

import io.vertx.core.http.HttpServerRequest;

/** Who opened a live stream: what ends it (their session, their account), and what it counts against. */
public record StreamReader(long sessionId, long accountId, String address) {

    public static StreamReader of(Viewer viewer, HttpServerRequest request) {
        return new StreamReader(viewer.sessionId(), viewer.accountId(), Throttle.address(request));
    }
}
