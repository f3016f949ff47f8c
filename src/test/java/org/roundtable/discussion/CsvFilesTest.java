package org.roundtable.discussion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvFilesTest {

    static List<CSVRecord> roundTrip(Object... cells) throws IOException {
        StringWriter out = new StringWriter();
        try (var printer = CsvFiles.printer(out, "a", "b", "c", "d")) {
            printer.printRecord(CsvFiles.cells(cells));
        }
        String text = out.toString();
        assertEquals('\uFEFF', text.charAt(0), "a byte-order mark for spreadsheet programs");
        return CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
    }

    @Test
    void commasQuotesNewlinesAndAccentsSurviveARoundTrip() throws IOException {
        List<CSVRecord> records = roundTrip("Zoë, the \"Great\"", "line one\nline two", "Łukasz", 42);
        assertEquals(List.of("Zoë, the \"Great\"", "line one\nline two", "Łukasz", "42"), records.get(1).toList());
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasAreMadeText() throws IOException {
        CSVRecord row = roundTrip("=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)").get(1);
        assertEquals(List.of("'=HYPERLINK(\"http://x\")", "'+1", "'-2+3", "'@SUM(A1)"), row.toList());
    }

    @Test
    void noCellStartsAFormulaWhateverSeparatorTheSpreadsheetUses() throws IOException {
        StringWriter out = new StringWriter();
        try (var printer = CsvFiles.printer(out)) {
            printer.printRecord(
                    CsvFiles.cells("Agreed;=HYPERLINK(\"http://x\")", "tab\t+1", "comma,-2", "\"quoted\";@SUM(A1)"));
        }
        String text = out.toString().substring(1);
        for (String separator : List.of(",", ";", "\t")) {
            for (String line : text.split("\r\n")) {
                for (String cell : line.split(separator)) {
                    String start = cell.replaceFirst("^\"*", "");
                    assertFalse(!start.isEmpty() && "=+-@".indexOf(start.charAt(0)) >= 0,
                            "a formula cell when split on " + separator + ": " + cell + " in " + line);
                }
            }
        }
        assertTrue(text.contains("\"Agreed;'=HYPERLINK"), "a field with a semicolon is quoted: " + text);
    }

    @Test
    void guardedTextKeepsItsWordsAndRoundTrips() throws IOException {
        CSVRecord row = roundTrip("I agree; =1 is fine", "a\tb", "plain", 3).get(1);
        assertEquals("I agree; =1 is fine", row.get(0), "a space after the separator is not a cell start");
        assertEquals("a\tb", row.get(1));
        assertEquals("plain", row.get(2));
    }

    @Test
    void numbersStayNumbersAndFileNamesAreSafe() {
        assertEquals(-5, CsvFiles.cell(-5));
        assertEquals("periode-3-participation.csv", CsvFiles.fileName("Période 3", "participation"));
        assertEquals("class-audit-log.csv", CsvFiles.fileName("!!!", "audit-log"));
    }
}
