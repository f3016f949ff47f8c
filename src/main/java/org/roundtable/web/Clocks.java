package org.roundtable.web;

import java.time.Clock;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The one source of "now". Code asks for a {@link Clock} and entity methods take the instant as a
 * parameter, so tests can move time instead of sleeping (a test bean replaces this default).
 */
public class Clocks {

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
