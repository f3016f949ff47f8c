package org.roundtable.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** After package: the README's target/roundtable is there, executable, beside the application it starts. */
class LauncherIT {

    @Test
    void thePackageWritesAnExecutableLauncherBesideTheApplication() throws IOException {
        Path launcher = Path.of("target", "roundtable");
        assertTrue(Files.isExecutable(launcher), launcher + " is executable");
        assertEquals(Files.readString(LauncherTest.LAUNCHER), Files.readString(launcher));
        assertTrue(Files.exists(launcher.resolveSibling("quarkus-app").resolve("quarkus-run.jar")));
    }
}
