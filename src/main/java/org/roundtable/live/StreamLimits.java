package org.roundtable.live;

import java.util.Collection;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * How many live streams one session and one address may hold open at once: a few tabs
 * per browser, and a classroom's worth behind one school address.
 */
@ApplicationScoped
class StreamLimits {

    private final int perSession;
    private final int perAddress;
    private final Counter refusals;

    StreamLimits(MeterRegistry registry,
            @ConfigProperty(name = "roundtable.live.streams-per-session") int perSession,
            @ConfigProperty(name = "roundtable.live.streams-per-address") int perAddress) {
        this.perSession = perSession;
        this.perAddress = perAddress;
        this.refusals = Counter.builder("roundtable.live.refused")
                .description("Live streams refused: too many open for one session or address").register(registry);
    }

    /** Whether this reader may open one more stream beside those open; a refusal is counted. */
    boolean allow(StreamReader reader, Collection<LiveHub.Stream> open) {
        long sameSession = 0;
        long sameAddress = 0;
        for (LiveHub.Stream other : open) {
            if (!other.sink().isClosed()) {
                sameSession += other.reader().sessionId() == reader.sessionId() ? 1 : 0;
                sameAddress += other.reader().address().equals(reader.address()) ? 1 : 0;
            }
        }
        if (sameSession >= perSession || sameAddress >= perAddress) {
            refusals.increment();
            return false;
        }
        return true;
    }
}
