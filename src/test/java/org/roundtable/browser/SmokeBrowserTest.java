package org.roundtable.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.roundtable.support.BrowserTest;
import org.roundtable.support.Window;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@BrowserTest
class SmokeBrowserTest {
    @Test
    void opens() {
        try (Window w = Window.open()) {
            w.go("/join");
            System.out.println("TITLE " + w.title() + " inner " + w.script("return window.innerWidth + 'x' + window.innerHeight"));
            assertEquals("Join a class · Roundtable", w.title());
        }
    }
}
