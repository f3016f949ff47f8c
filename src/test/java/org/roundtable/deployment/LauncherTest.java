package org.roundtable.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        for (String option : List.of("-XX:+UseParallelGC", "-XX:ParallelGCThreads=2", "-Xmx192m",
                "-XX:MaxMetaspaceSize=",
                "-XX:ReservedCodeCacheSize=",
                "-Xss", "-XX:MaxDirectMemorySize=", "-XX:+ExitOnOutOfMemoryError",
                "-Dio.netty.allocator.numDirectArenas=")) {
            assertTrue(options.contains(option), option + " in " + options);
        }
        assertTrue(Long.parseLong(line(output, "max-heap-mb")) <= 192, output);
        assertEquals("2", line(output, "malloc-arenas"));
    }

    @Test
    void theJvmHandsFreedNativeMemoryBackOnJavasThatCan() throws Exception {
        Runtime.Version running = Runtime.version();
        boolean can = running.feature() >= 22 || running.feature() == 21 && running.update() >= 1
                || running.feature() == 17 && running.update() >= 9;
        String options = line(run(Map.of()), "options");
        assertEquals(can, options.contains("-XX:TrimNativeHeapInterval=5000"), running + ": " + options);

        String older = line(run(Map.of("JAVA_HOME", javaCalled("17.0.8").toString())), "options");
        assertFalse(older.contains("TrimNativeHeapInterval"), "17.0.8 has no such option: " + older);
        String newer = line(run(Map.of("JAVA_HOME", javaCalled("21.0.1").toString())), "options");
        assertTrue(newer.contains("-XX:TrimNativeHeapInterval=5000"), newer);
    }

    /** A Java home whose release file says {@code version}, its java running the tests' own. */
    private Path javaCalled(String version) throws IOException {
        Path home = Files.createDirectories(dir.resolve("java-" + version));
        Files.writeString(home.resolve("release"), "JAVA_VERSION=\"" + version + "\"\n");
        Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
        Files.writeString(java,
                "#!/bin/sh\nexec '" + Path.of(System.getProperty("java.home"), "bin", "java") + "' \"$@\"\n");
        assertTrue(java.toFile().setExecutable(true));
        return home;
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
        archiveCycle(Map.of(), "jsa", "-XX:ArchiveClassesAtExit=", "-XX:SharedArchiveFile=");
    }

    @Test
    void onJava25TheArchiveIsAnAheadOfTimeCache() throws Exception {
        Optional<Path> java25 = java25();
        assumeTrue(java25.isPresent(), "no Java 25 beside " + System.getProperty("java.home"));
        archiveCycle(Map.of("JAVA_HOME", java25.get().toString()), "aot", "-XX:AOTCacheOutput=", "-XX:AOTCache=");
    }

    /** Runs the launcher four times: the first writes the archive, the next two use it, a newer jar drops it. */
    private void archiveCycle(Map<String, String> env, String kind, String write, String use) throws Exception {
        String first = line(run(env), "options");
        assertTrue(first.contains(write), first);
        assertEquals(1, archives(kind, false).size(), "the run's own file, written as it stopped");

        String second = line(run(env), "options");
        Path archive = archives(kind, true).get(0);
        assertTrue(second.contains(use + archive), second);
        assertEquals(List.of(), archives(kind, false), "moved into place once its run was over");
        String third = line(run(env), "options");
        assertTrue(third.contains(use + archive), "the archive is kept: " + third);

        Path jar = app().resolve("quarkus-run.jar");
        Files.setLastModifiedTime(jar, FileTime.from(Files.getLastModifiedTime(archive).toInstant().plusSeconds(5)));
        String rebuilt = line(run(env), "options");
        assertTrue(rebuilt.contains(write), "a newer jar, a new archive: " + rebuilt);
        assertEquals(List.of(), archives(kind, true), "the old archive is gone");
    }

    /** A Java 25 or later installed beside the one running the tests, as Debian and most installers place them. */
    static Optional<Path> java25() throws IOException {
        Path here = Path.of(System.getProperty("java.home")).toRealPath();
        try (Stream<Path> homes = Files.list(here.getParent())) {
            return homes.filter(home -> major(home.resolve("release")) >= 25).findFirst();
        }
    }

    private static int major(Path release) {
        try {
            return Files.readAllLines(release).stream().filter(l -> l.startsWith("JAVA_VERSION=\""))
                    .map(l -> l.replaceAll("JAVA_VERSION=\"(\\d+).*", "$1")).mapToInt(Integer::parseInt)
                    .findFirst().orElse(0);
        } catch (IOException | NumberFormatException notAJava) {
            return 0;
        }
    }

    @Test
    void anArchiveCutShortIsThrownAwayNotMapped() throws Exception {
        run(Map.of());
        Path written = archives("jsa", false).get(0);
        byte[] whole = Files.readAllBytes(written);
        Files.write(written, java.util.Arrays.copyOf(whole, whole.length / 2)); // as if killed while writing

        String options = line(run(Map.of()), "options");
        assertFalse(options.contains("SharedArchiveFile"), options);
        assertTrue(options.contains("-XX:ArchiveClassesAtExit="), "written again: " + options);
        assertEquals(List.of(), archives("jsa", true));
    }

    @Test
    void notesLeftByAStopCutShortAreThrownAwayOnceTheirRunIsOver() throws Exception {
        run(Map.of());
        String written = archives("jsa", false).get(0).toString();
        String name = written.substring(0, written.lastIndexOf('.'));
        long over = ProcessHandle.current().pid() + 1;
        while (ProcessHandle.of(over).isPresent()) {
            over++;
        }
        Path finished = Files.writeString(Path.of(name + "." + over + ".config"), "notes");
        Path running = Files.writeString(Path.of(name + "." + ProcessHandle.current().pid() + ".config"), "notes");

        run(Map.of());
        assertFalse(Files.exists(finished), "its run is over");
        assertTrue(Files.exists(running), "its run is still going");
    }

    @Test
    void noClassArchiveWhenTurnedOff() throws Exception {
        String options = line(run(Map.of("ROUNDTABLE_CLASS_ARCHIVE", "off")), "options");
        assertFalse(options.contains("Archive"), options);
        assertEquals(List.of(), archives("jsa", true));
    }

    /** The archives of a kind in quarkus-app/: in place ({@code .jsa}), or as a run wrote them ({@code .jsa.PID}). */
    private List<Path> archives(String kind, boolean inPlace) throws IOException {
        String pattern = ".*\\." + kind + (inPlace ? "" : "\\.\\d+");
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
