package org.roundtable.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher the build writes beside quarkus-app/ (src/main/launcher/roundtable), run as it is
 * on a stand-in quarkus-run.jar that prints the options its JVM got.
 */
class LauncherTest {

    static final Path LAUNCHER = Path.of("src/main/launcher/roundtable");

    @TempDir
    Path dir;

    /** The stand-in application: prints its JVM's options, heap limit and malloc arenas, one a line. */
    public static final class StandIn {

        public static void main(String[] args) {
            System.out.println("options " + ManagementFactory.getRuntimeMXBean().getInputArguments());
            System.out.println("max-heap-mb " + Runtime.getRuntime().maxMemory() / (1024 * 1024));
            System.out.println("malloc-arenas " + System.getenv("MALLOC_ARENA_MAX"));
            System.out.println("port " + System.getProperty("quarkus.http.port"));
        }
    }

    /** The stand-in's quarkus-run.jar, written once: the class is in the jar, as an application's are. */
    Path app() throws IOException {
        Path app = Files.createDirectories(dir.resolve("quarkus-app"));
        Path jar = app.resolve("quarkus-run.jar");
        if (Files.exists(jar)) {
            return app;
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, StandIn.class.getName());
        String entry = StandIn.class.getName().replace('.', '/') + ".class";
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.putNextEntry(new JarEntry(entry));
            out.write(Files.readAllBytes(Path.of("target/test-classes", entry)));
            out.closeEntry();
        }
        return app;
    }

    String run(Map<String, String> env, String... args) throws Exception {
        app();
        Path launcher = dir.resolve("roundtable");
        if (!Files.exists(launcher)) {
            Files.copy(LAUNCHER, launcher);
            assertTrue(launcher.toFile().setExecutable(true));
        }
        ProcessBuilder builder = new ProcessBuilder(
                Stream.concat(Stream.of(launcher.toString()), Stream.of(args))
                        .toList())
                .redirectErrorStream(true);
        builder.environment().remove("JAVA_OPTS_APPEND");
        builder.environment().remove("MALLOC_ARENA_MAX");
        builder.environment().remove("ROUNDTABLE_CLASS_ARCHIVE");
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
        return output;
    }

    static String line(String output, String key) {
        return output.lines().filter(l -> l.startsWith(key + " ")).findFirst()
                .map(l -> l.substring(key.length() + 1)).orElseThrow(() -> new AssertionError(key + " in " + output));
    }

    @Test
    void startsTheJarSizedForASmallServer() throws Exception {
        String output = run(Map.of());
        String options = line(output, "options");
        for (String option : List.of("-XX:+UseSerialGC", "-Xmx192m", "-XX:MaxMetaspaceSize=",
                "-XX:ReservedCodeCacheSize=",
                "-Xss", "-XX:MaxDirectMemorySize=", "-XX:+ExitOnOutOfMemoryError",
                "-Dio.netty.allocator.numDirectArenas=")) {
            assertTrue(options.contains(option), option + " in " + options);
        }
        assertTrue(Long.parseLong(line(output, "max-heap-mb")) <= 192, output);
        assertEquals("2", line(output, "malloc-arenas"));
    }

    @Test
    void javaOptsAppendAndArgumentsComeLastSoTheyWin() throws Exception {
        String output = run(Map.of("JAVA_OPTS_APPEND", "-Xmx96m -Dquarkus.http.port=9", "MALLOC_ARENA_MAX", "4"),
                "-Dquarkus.http.port=8081");
        assertTrue(Long.parseLong(line(output, "max-heap-mb")) <= 96, output);
        assertEquals("8081", line(output, "port"));
        assertEquals("4", line(output, "malloc-arenas"));
    }

    @Test
    void theFirstRunWritesAClassArchiveThatTheNextRunsMapUntilTheJarChanges() throws Exception {
        String first = line(run(Map.of()), "options");
        assertTrue(first.contains("-XX:ArchiveClassesAtExit="), first);
        assertEquals(1, archives(".jsa.").size(), "the run's own file, written as it stopped");

        String second = line(run(Map.of()), "options");
        Path archive = archives(".jsa").get(0);
        assertTrue(second.contains("-XX:SharedArchiveFile=" + archive), second);
        assertEquals(List.of(), archives(".jsa."), "moved into place once its run was over");
        String third = line(run(Map.of()), "options");
        assertTrue(third.contains("-XX:SharedArchiveFile=" + archive), "the archive is kept: " + third);

        Path jar = app().resolve("quarkus-run.jar");
        Files.setLastModifiedTime(jar, FileTime.from(Files.getLastModifiedTime(archive).toInstant().plusSeconds(5)));
        String rebuilt = line(run(Map.of()), "options");
        assertTrue(rebuilt.contains("-XX:ArchiveClassesAtExit="), "a newer jar, a new archive: " + rebuilt);
        assertEquals(List.of(), archives(".jsa"), "the old archive is gone");
    }

    @Test
    void anArchiveCutShortIsThrownAwayNotMapped() throws Exception {
        run(Map.of());
        Path written = archives(".jsa.").get(0);
        byte[] whole = Files.readAllBytes(written);
        Files.write(written, java.util.Arrays.copyOf(whole, whole.length / 2)); // as if killed while writing

        String options = line(run(Map.of()), "options");
        assertFalse(options.contains("SharedArchiveFile"), options);
        assertTrue(options.contains("-XX:ArchiveClassesAtExit="), "written again: " + options);
        assertEquals(List.of(), archives(".jsa"));
    }

    @Test
    void noClassArchiveWhenTurnedOff() throws Exception {
        String options = line(run(Map.of("ROUNDTABLE_CLASS_ARCHIVE", "off")), "options");
        assertFalse(options.contains("Archive"), options);
        assertEquals(List.of(), archives(".jsa"));
    }

    /** The class archives in quarkus-app/: in place ({@code .jsa}), or as a run wrote them ({@code .jsa.PID}). */
    private List<Path> archives(String ending) throws IOException {
        String pattern = ending.equals(".jsa") ? ".*\\.jsa" : ".*\\.jsa\\.\\d+";
        try (Stream<Path> files = Files.list(app())) {
            return files.filter(f -> f.getFileName().toString().matches(pattern)).toList();
        }
    }

    @Test
    void saysHowToBuildWhenTheApplicationIsMissing() throws IOException, InterruptedException {
        Path launcher = Files.copy(LAUNCHER, dir.resolve("roundtable"));
        assertTrue(launcher.toFile().setExecutable(true));
        Process process = new ProcessBuilder(launcher.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(10, TimeUnit.SECONDS));
        assertEquals(1, process.exitValue());
        assertTrue(output.contains("./mvnw -B -q package -DskipTests"), output);
    }
}
