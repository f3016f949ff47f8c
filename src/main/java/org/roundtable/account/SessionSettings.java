package org.roundtable.account;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;

/** How long a session lasts, read once for the cookie that carries it and the check that ends it. */
@ConfigMapping(prefix = "roundtable.session")
public interface SessionSettings {

    /** A session nobody used for this long ends. */
    Duration idleTimeout();

    /** A session ends this long after sign-in however much it is used; the cookie lives as long. */
    Duration absoluteLifetime();
}
