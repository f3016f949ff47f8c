package org.roundtable.discussion;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.roundtable.classroom.SchoolTime;

import jakarta.ws.rs.core.Response;

/**
 * CSV downloads: RFC 4180 through Commons CSV (every text field quoted),
 * UTF-8 with a byte-order mark so spreadsheet programs read accented names right, and
 * cells that a spreadsheet would run as a formula made inert.
 */
public final class CsvFiles {

    /**
     * Every text field is quoted, numbers are not: a spreadsheet that splits on ";" or a tab
     * (its list separator in many locales) still reads a field holding one as one cell.
     */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n")
            .setQuoteMode(QuoteMode.NON_NUMERIC).get();

    /** A cell start inside a field, for a program that splits on another separator or ignores quotes. */
    private static final Pattern INNER_CELL_START = Pattern.compile("([,;\t\r\n]\"*)(?=[=+\\-@])");

    /** Minutes, in the school's zone: what a spreadsheet reads as a date and time in any locale. */
    private static final DateTimeFormatter SCHOOL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(SchoolTime.ZONE);

    private CsvFiles() {
    }

    /** "2026-05-04 15:30" in the school's time zone ({@link SchoolTime#ZONE}); empty for no time. */
    public static String schoolTime(Instant instant) {
        return instant == null ? "" : SCHOOL_TIME.format(instant);
    }

    public static CSVPrinter printer(Writer out, String... header) throws IOException {
        out.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(out, FORMAT);
        if (header.length > 0) {
            printer.printRecord((Object[]) header);
        }
        return printer;
    }

    /** Cells ready to print: text guarded against formula injection, times in ISO form. */
    public static Object[] cells(Object... values) {
        return Arrays.stream(values).map(CsvFiles::cell).toArray();
    }

    static Object cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Instant instant) {
            return instant.toString();
        }
        if (value instanceof Number) {
            return value;
        }
        return guard(value.toString());
    }

    /**
     * OWASP's advice for CSV injection: a cell starting with = + - @ (or a tab or carriage
     * return) is prefixed with a single quote, so a spreadsheet shows it as text. The same
     * goes for every place in the text where a cell would start if a program split it on a
     * comma, semicolon, tab or line break, as a spreadsheet set to another separator does.
     */
    public static String guard(String text) {
        String guarded = INNER_CELL_START.matcher(text).replaceAll("$1'");
        if (!guarded.isEmpty() && "=+-@\t\r".indexOf(guarded.charAt(0)) >= 0) {
            return "'" + guarded;
        }
        return guarded;
    }

    public static Response download(String csv, String fileName) {
        return Response.ok(csv.getBytes(StandardCharsets.UTF_8))
                .type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .build();
    }

    /** A safe ASCII file name from a class name: "Période 3" gives "periode-3-participation.csv". */
    public static String fileName(String name, String what) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return (ascii.isEmpty() ? "class" : ascii) + "-" + what + ".csv";
    }
}
