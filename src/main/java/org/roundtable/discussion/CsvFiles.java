package org.roundtable.discussion;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Instant;
import java.util.Arrays;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import jakarta.ws.rs.core.Response;

/**
 * CSV downloads: RFC 4180 through Commons CSV (commas, quotes and line breaks quoted),
 * UTF-8 with a byte-order mark so spreadsheet programs read accented names right, and
 * cells that a spreadsheet would run as a formula made inert.
 */
public final class CsvFiles {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    private CsvFiles() {
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
     * return) is prefixed with a single quote, so a spreadsheet shows it as text.
     */
    public static String guard(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
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
                .toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return (ascii.isEmpty() ? "class" : ascii) + "-" + what + ".csv";
    }
}
