package org.roundtable.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that drives a real Chromium. Skipped, with a message saying how to install it,
 * where Chromium is absent; tagged so the PostgreSQL rerun of the suite leaves it out
 * (what a browser sees does not depend on the database).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("browser")
@ExtendWith(Chromium.class)
public @interface BrowserTest {
}
