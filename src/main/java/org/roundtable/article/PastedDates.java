package org.roundtable.article;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date and reading time of a news page's byline line: "May 15, 2025", "15 May 2025", "2025-05-15",
 * "5/15/2025" (month first, unless the first number cannot be a month), "6 min read", "6-minute read", also run
 * together as pages show them ("5/15/20256 min read").
 */
final class PastedDates {

    private static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "(?i)\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})");
    private static final Pattern DAY_FIRST = Pattern.compile(
            "(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})");
    private static final Pattern MINUTES = Pattern.compile(
            "(?i)(?<!\\d)(\\d{1,3})\\s*-?\\s*(?:min|mins|minute|minutes)\\.?\\s+read\\b");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    private PastedDates() {
    }

    /** The first date written in {@code line}, or null. */
    static LocalDate date(String line) {
        Matcher m = ISO.matcher(line);
        if (m.find()) {
            return of(m.group(1), m.group(2), m.group(3));
        }
        m = NUMERIC.matcher(line);
        if (m.find()) {
            boolean dayFirst = Integer.parseInt(m.group(1)) > 12;
            return dayFirst ? of(m.group(3), m.group(2), m.group(1)) : of(m.group(3), m.group(1), m.group(2));
        }
        m = MONTH_FIRST.matcher(line);
        if (m.find()) {
            return of(m.group(3), month(m.group(1)), m.group(2));
        }
        m = DAY_FIRST.matcher(line);
        if (m.find()) {
            return of(m.group(3), month(m.group(2)), m.group(1));
        }
        return null;
    }

    /** The reading time written in {@code line}, or null; a date run into it ("20256 min") is not part of it. */
    static Integer minutes(String line) {
        Matcher m = MINUTES.matcher(withoutDates(line));
        if (!m.find()) {
            return null;
        }
        int minutes = Integer.parseInt(m.group(1));
        return minutes > 0 ? minutes : null;
    }

    /** How many words {@code line} has besides its dates and reading time: a byline line has few. */
    static int otherWords(String line) {
        String rest = MINUTES.matcher(withoutDates(line)).replaceAll(" ").replaceAll("[^\\p{L}\\d]+", " ").strip();
        return rest.isEmpty() ? 0 : rest.split(" ").length;
    }

    private static String withoutDates(String line) {
        String rest = line;
        for (Pattern date : new Pattern[] { ISO, NUMERIC, MONTH_FIRST, DAY_FIRST }) {
            rest = date.matcher(rest).replaceAll(" ");
        }
        return rest;
    }

    private static String month(String name) {
        return String.valueOf(MONTHS.get(name.toLowerCase(Locale.ROOT)));
    }

    private static LocalDate of(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
