package org.roundtable.support;

import org.junit.jupiter.api.BeforeEach;

import jakarta.inject.Inject;

/**
 * A test whose every case starts from the known state of {@link Fixtures#reset}. A subclass's own
 * {@code @BeforeEach} runs after the reset.
 */
public abstract class FreshData {

    @Inject
    protected Fixtures fixtures;

    @BeforeEach
    protected void resetData() {
        fixtures.reset();
    }
}
