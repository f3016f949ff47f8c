package org.roundtable.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * A released migration has run on schools' databases, which keep its checksum: Flyway then refuses
 * to start when the file differs. So the checksums of the released migrations are checked in
 * (src/test/resources/migrations.sha256) and every file must still match them.
 */
class MigrationsTest {

    static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    static final Path CHECKSUMS = Path.of("src/test/resources/migrations.sha256");

    @Test
    void releasedMigrationsAreNeverEdited() throws IOException {
        Map<String, String> files = actual();
        released().forEach((name, checksum) -> {
            assertTrue(files.containsKey(name), name + " was released and must stay: restore it");
            assertEquals(checksum, files.get(name), name + " was released and has changed since: revert it and "
                    + "add a new migration instead (databases that ran it would refuse to start)");
        });
    }

    @Test
    void everyMigrationIsListed() throws IOException {
        Map<String, String> released = released();
        actual().forEach((name, checksum) -> assertTrue(released.containsKey(name),
                "new migration " + name + ": add this line to " + CHECKSUMS + "\n" + checksum + "  " + name));
    }

    /** File name to checksum, from the checked-in list (sha256sum's format, # starts a comment). */
    static Map<String, String> released() throws IOException {
        return Files.readAllLines(CHECKSUMS).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\\s+\\*?", 2))
                .collect(Collectors.toMap(parts -> parts[1], parts -> parts[0], (a, b) -> a, TreeMap::new));
    }

    static Map<String, String> actual() throws IOException {
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            Map<String, String> checksums = new TreeMap<>();
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".sql")).toList()) {
                checksums.put(file.getFileName().toString(), sha256(file));
            }
            return checksums;
        }
    }

    /** Of the text with LF line endings, so a checkout that turned them into CRLF still matches. */
    static String sha256(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
