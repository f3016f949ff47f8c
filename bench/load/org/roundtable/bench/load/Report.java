package org.roundtable.bench.load;

import static org.roundtable.bench.load.Log.fmt;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** A table of figures, and the section of docs/performance.md between its markers that holds it. */
final class Report {

    private final StringBuilder table = new StringBuilder("| Figure | Target | Measured | |\n|---|---|---|---|\n");

    Report row(String figure, String target, String measured, Boolean met) {
        table.append("| ").append(figure).append(" | ").append(target).append(" | ").append(measured).append(" | ")
                .append(met == null ? "" : met ? "met" : "**missed**").append(" |\n");
        return this;
    }

    String table() {
        return table.toString();
    }

    /** "Measured <date> with `command` on <machine>, <server's Java>, <database>, server started as `…`". */
    static String measured(String command, boolean postgresql, String started, String java) throws Exception {
        String date = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown CPU");
        String memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                .findFirst().map(l -> fmt(Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0, 1) + " GiB")
                .orElse("unknown");
        return "Measured " + date + " with `" + command + "` on " + Runtime.getRuntime().availableProcessors()
                + " cores (" + cpu + "), " + memory + ", " + java + ", " + (postgresql ? "PostgreSQL" : "H2 (embedded)")
                + ", server started as `" + started + "`";
    }

    /** Replaces the section between {@code <!-- marker:begin -->} and its end, or appends one. */
    static void write(Path out, String marker, String section) throws Exception {
        String begin = "<!-- " + marker + ":begin -->";
        String end = "<!-- " + marker + ":end -->";
        String text = begin + "\n" + section + end;
        String current = Files.exists(out) ? Files.readString(out) : "";
        int from = current.indexOf(begin);
        int to = current.indexOf(end);
        String next = from >= 0 && to > from
                ? current.substring(0, from) + text + current.substring(to + end.length())
                : current + "\n" + text + "\n";
        Files.writeString(out, next);
    }
}
