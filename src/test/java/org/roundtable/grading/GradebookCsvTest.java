package org.roundtable.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.support.ClassWithStudents;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;

@QuarkusTest
class GradebookCsvTest extends ClassWithStudents {

    @Inject
    GradingFixtures grading;

    String gradebook;

    GradebookCsvTest() {
        super("mbook", "Gradebook 1", "Ana A", "=Ben B");
    }

    @BeforeEach
    void setUp() {
        gradebook = "/teach/classes/" + c.id() + "/gradebook.csv";
        long answer = fixtures.post(c.discussions().get(0), ana.id(), null, "One two three four");
        fixtures.post(c.discussions().get(0), ben.id(), answer, "a reply here");
        grading.maxScore(c.assignmentId(), 10);
        String view = "/teach/classes/" + c.id() + "/assignments/" + c.assignmentId() + "/grading";
        teacher.browser().submit(view + "?student=" + ana.id(), view + "/" + ana.id(),
                Map.of("comment", "Good", "score", "8"));
    }

    private String text() {
        Response response = teacher.browser().get(gradebook);
        assertEquals(200, response.statusCode());
        assertTrue(response.contentType().startsWith("text/csv"));
        assertTrue(response.header("Content-Disposition").contains("gradebook.csv"));
        return new String(response.asByteArray(), StandardCharsets.UTF_8);
    }

    private static List<CSVRecord> parse(String text) throws IOException {
        return CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
    }

    @Test
    void gradebookHasOneRowPerStudentAndNamedColumns() throws IOException {
        String text = text();
        assertEquals('\uFEFF', text.charAt(0), "byte-order mark");
        assertTrue(text.contains("\r\n"));
        List<CSVRecord> rows = parse(text);
        assertEquals(1 + 2, rows.size(), "header + one row per student");
        List<String> header = rows.get(0).toList();
        int questions = c.discussions().size();
        assertEquals(1 + 3 * questions + 2 + 1, header.size(), header.toString());
        assertEquals("Student", header.get(0));
        assertTrue(header.get(1).matches("Question 1: .+ — answered"), header.get(1));
        assertTrue(header.get(2).endsWith(" — replies"));
        assertTrue(header.get(3).endsWith(" — words"));
        assertTrue(header.get(1 + 3 * questions).startsWith("Score: "));
        assertTrue(header.get(1 + 3 * questions).endsWith("(out of 10)"));
        assertTrue(header.get(2 + 3 * questions).startsWith("Feedback given: "));
        assertTrue(header.get(3 + 3 * questions).startsWith("Last activity ("));

        CSVRecord ana = rows.stream().filter(r -> r.get(0).equals("Ana A")).findFirst().orElseThrow();
        assertEquals(List.of("yes", "0", "4"), List.of(ana.get(1), ana.get(2), ana.get(3)));
        assertEquals("8", ana.get(1 + 3 * questions));
        assertEquals("yes", ana.get(2 + 3 * questions));
        assertTrue(ana.get(3 + 3 * questions).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}"),
                ana.get(3 + 3 * questions));
        CSVRecord ben = rows.stream().filter(r -> r.get(0).equals("'=Ben B")).findFirst()
                .orElseThrow(() -> new AssertionError("formula guarded"));
        assertEquals(List.of("no", "1", "3"), List.of(ben.get(1), ben.get(2), ben.get(3)));
        assertEquals("no", ben.get(2 + 3 * questions));
        assertTrue(text.contains(",4,"), "numbers unquoted");
        assertTrue(text.contains(",8,"), "a numeric score unquoted");
        assertFalse(text.contains("T0") || text.contains("Z\""), "no ISO instants");
    }

    @Test
    void withdrawnQuestionsAreLeftOut() throws IOException {
        grading.withdraw(c.discussions().get(1));
        List<String> header = parse(text()).get(0).toList();
        assertEquals(1 + 3 * (c.discussions().size() - 1) + 3, header.size());
        assertTrue(header.get(4).startsWith("Question 2: "), "numbers follow the assigned questions");
    }
}
