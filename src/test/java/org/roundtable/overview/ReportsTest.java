package org.roundtable.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.discussion.Flag;
import org.roundtable.discussion.Post;
import org.roundtable.support.ClassWithStudents;
import org.roundtable.support.People;
import org.roundtable.support.People.Person;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class ReportsTest extends ClassWithStudents {

    Person zoe;
    Person formula;
    String base;

    ReportsTest() {
        super("mspark", "Reports, \"Period 2\"", "Zoë, K.", "=cmd|' /C calc'!A0");
    }

    @BeforeEach
    void setUp() {
        zoe = ana;
        formula = ben;
        base = "/teach/classes/" + c.id();
        long answer = fixtures.post(c.discussions().get(0), zoe.id(), null, "One two three four");
        fixtures.post(c.discussions().get(0), formula.id(), answer, "a reply here");
        fixtures.post(c.discussions().get(1), zoe.id(), null, "Second question answer");
    }

    static List<CSVRecord> csv(Response response) throws IOException {
        assertEquals(200, response.statusCode());
        assertTrue(response.contentType().startsWith("text/csv"));
        assertTrue(response.header("Content-Disposition").startsWith("attachment"));
        String text = new String(response.asByteArray(), StandardCharsets.UTF_8);
        return CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
    }

    @Test
    void participationShowsEveryStudentAndDownloadsAsSafeCsv() throws IOException {
        Document page = teacher.browser().page(base + "/participation?sort=words");
        assertEquals(2, page.select("tbody tr").size());
        assertEquals("Zoë, K.", page.select("tbody tr th").first().text(), "most words first");
        assertEquals("7", page.select("tbody tr").first().select("td").get(4).text());

        List<CSVRecord> rows = csv(teacher.browser().get(base + "/participation.csv"));
        assertEquals(1 + 2 * 4, rows.size(), "header + students × questions");
        CSVRecord zoeQ1 = rows.stream().filter(r -> r.get(0).equals("Zoë, K.") && r.get(1).equals("1")).findFirst()
                .orElseThrow();
        assertEquals("yes", zoeQ1.get(3));
        assertEquals("4", zoeQ1.get(5));
        assertTrue(rows.stream().anyMatch(r -> r.get(0).equals("'=cmd|' /C calc'!A0")), "formula neutralised");
        CSVRecord formulaQ1 = rows.stream().filter(r -> r.get(0).startsWith("'=") && r.get(1).equals("1"))
                .findFirst().orElseThrow();
        assertEquals("no", formulaQ1.get(3));
        assertEquals("1", formulaQ1.get(4), "one reply");
        assertEquals(404, teacher.browser().get(base + "/participationXcsv").statusCode(), "the dot is no wildcard");
    }

    @Test
    void aTranscriptHasAllOfAStudentsPostsInQuestionOrder() {
        Document page = teacher.browser().page(base + "/students/" + zoe.id() + "/transcript");
        assertEquals(2, page.select(".transcript-question").size());
        assertTrue(page.select(".transcript-question").get(0).text().startsWith("Question 1"));
        assertEquals(List.of("One two three four", "Second question answer"),
                page.select(".transcript-entry .post-body").eachText());
    }

    @Test
    void aDiscussionExportsAsPrintableHtmlAndCsvWithReplies() throws IOException {
        String export = base + "/discussions/" + c.discussions().get(0) + "/export";
        Document page = teacher.browser().page(export);
        assertEquals(1, page.select(".export-answer").size());
        assertEquals(1, page.select(".export-reply").size());
        List<CSVRecord> rows = csv(teacher.browser().get(export + ".csv"));
        assertEquals(3, rows.size());
        assertEquals("Zoë, K.", rows.get(1).get(2));
        assertEquals("a reply here", rows.get(2).get(9));
        assertEquals(rows.get(1).get(0), rows.get(2).get(1), "the reply points at its answer");
    }

    @Test
    void feedbackIsSeenByItsStudentOnly() {
        long assignment = fixtures.assignmentIds(c.id()).get(0);
        String feedback = base + "/students/" + zoe.id() + "/feedback";
        Response saved = teacher.browser().submit(feedback, feedback + "/" + assignment,
                Map.of("comment", "Strong use of the Delegations section.", "score", "9/10"));
        assertEquals(303, saved.statusCode());
        Document zoeHome = zoe.browser().page("/classes/" + c.id());
        assertEquals("Strong use of the Delegations section.", zoeHome.select(".feedback-comment").text());
        assertEquals("Score: 9/10", zoeHome.select(".score").text());
        assertTrue(formula.browser().page("/classes/" + c.id()).select(".feedback").isEmpty());
        Response tooLong = teacher.browser().submit(feedback, feedback + "/" + assignment,
                Map.of("comment", "x".repeat(4001), "score", ""));
        assertEquals(400, tooLong.statusCode());
    }

    @Test
    void removingAStudentWithTheirPostsEndsTheSessionAndLeavesNothingOfThem() {
        String remove = base + "/students/" + zoe.id() + "/remove";
        String flag = c.discussionPath(1) + "/posts/" + fixtures.firstPostBy(formula.id()) + "/flag";
        fixtures.configure(c.id(), k -> k.postFirst = false);
        zoe.browser().submit(flag, flag, Map.of("reason", "OTHER"));
        assertEquals(303, teacher.browser().submit(remove, remove, Map.of("deletePosts", "on")).statusCode());

        assertEquals(303, zoe.browser().get("/classes/" + c.id()).statusCode(), "the copied cookie is refused");
        assertNull(fixtures.account(zoe.id()), "the account is gone");
        assertEquals(0, fixtures.countWhere(Flag.class, "account.id", zoe.id()));
        List<Post> left = fixtures.posts();
        assertEquals(2, left.size(), "the classmate's reply and its placeholder");
        Post placeholder = left.stream().filter(p -> p.author == null).findFirst().orElseThrow();
        assertEquals("", placeholder.bodySource);
        Document page = People.signedIn(fixtures, formula.id()).browser().page(c.discussionPath(1));
        assertEquals("Removed by the teacher", page.select(".placeholder").text());
        assertEquals("a reply here", page.select(".post-body").text());
        Document audit = teacher.browser().page(base + "/audit");
        assertFalse(audit.text().contains("Zoë"), "the audit log forgets the name");
    }

    @Test
    void removingAStudentWithoutTheirPostsKeepsThePosts() {
        String remove = base + "/students/" + zoe.id() + "/remove";
        teacher.browser().submit(remove, remove, Map.of());
        assertEquals(303, zoe.browser().get("/classes/" + c.id()).statusCode());
        assertEquals(3, fixtures.posts().size());
        assertTrue(teacher.browser().page(base + "/roster").select("tbody th").text().contains("=cmd"));
        assertFalse(teacher.browser().page(base + "/roster").select("tbody th").text().contains("Zoë"));
    }

    @Test
    void aNewReturnCodeIsShownOnceAndReplacesTheOld() {
        String roster = base + "/roster";
        Response reset = teacher.browser().submit(roster, base + "/students/" + zoe.id() + "/return-code", Map.of());
        assertEquals(303, reset.statusCode());
        Document shown = teacher.browser().page(roster);
        String code = shown.select("#new-code .return-code").text();
        assertTrue(code.matches("[A-Z2-9]{4}-[A-Z2-9]{4}"), code);
        assertTrue(teacher.browser().page(roster).select("#new-code").isEmpty(), "shown only once");
        org.roundtable.support.Browser device = new org.roundtable.support.Browser();
        assertEquals(400, device.submit("/return", "/return",
                Map.of("code", c.code(), "name", "Zoë, K.", "returnCode", "ABCD-EFGH")).statusCode());
        assertEquals(303, device.submit("/return", "/return",
                Map.of("code", c.code(), "name", "Zoë, K.", "returnCode", code)).statusCode());
    }
}
