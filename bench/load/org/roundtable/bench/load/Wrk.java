package org.roundtable.bench.load;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One wrk run at 16 connections: the most the server does on one page. */
record Wrk(double rps, double p50, double p99, double errors) {

    static Wrk run(String url, String cookie, int seconds) throws Exception {
        Process process = new ProcessBuilder("wrk", "-t2", "-c16", "-d" + seconds + "s", "--latency",
                "-H", "Cookie: " + cookie, url).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(seconds + 30L, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("wrk failed:\n" + output);
        }
        double errors = 0;
        Matcher non2xx = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)").matcher(output);
        if (non2xx.find()) {
            errors += Double.parseDouble(non2xx.group(1));
        }
        Matcher socket = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)")
                .matcher(output);
        if (socket.find()) {
            for (int g = 1; g <= 4; g++) {
                errors += Double.parseDouble(socket.group(g));
            }
        }
        return new Wrk(number(output, "Requests/sec:\\s+([0-9.]+)"), duration(output, "\\s50%\\s+([0-9.]+)(us|ms|s)"),
                duration(output, "\\s99%\\s+([0-9.]+)(us|ms|s)"), errors);
    }

    private static double number(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no " + regex + " in:\n" + text);
        }
        return Double.parseDouble(m.group(1));
    }

    private static double duration(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no " + regex + " in:\n" + text);
        }
        double value = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }
}
