package org.roundtable.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.hibernate.SessionFactory;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.support.Browser;
import org.roundtable.support.ClassWithStudents;
import org.roundtable.support.MovableClock;
import org.roundtable.support.People;
import org.roundtable.support.People.Person;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;

@QuarkusTest
class RequiredRepliesTest extends ClassWithStudents {

    @Inject
    ReplyFixtures replies;

    @Inject
    SessionFactory sessionFactory;

    String home;

    RequiredRepliesTest() {
        super("mreply", "Replies class", "Ana", "Ben", "Cy");
    }

    @BeforeEach
    void classHome() {
        home = "/classes/" + c.id();
    }

    Response save(Map<String, String> fields) {
        return AssignmentEdits.save(teacher.browser(), c.id(), c.assignmentId(), fields, c.questions());
    }

    /** The class home's "where you stand" line of the student's only assignment. */
    String standing(Person student) {
        Element line = student.browser().page(home).selectFirst(".checkpoint");
        assertNotNull(line, "the class home shows where the student stands");
        return line.text();
    }

    long answerFirst(Person student) {
        return fixtures.post(c.discussions().get(0), student.id(), null, "My answer, " + student.id());
    }

    void answerAll(Person student) {
        c.discussions().forEach(d -> fixtures.post(d, student.id(), null, "An answer of mine"));
    }

    static String input(Instant instant) {
        return LocalDateTime.ofInstant(instant, SchoolTime.ZONE).truncatedTo(ChronoUnit.MINUTES).toString();
    }

    @Test
    void classmatesOutsideOneToTenAreRefusedWithWhatWasTyped() {
        for (String typed : List.of("0", "11", "two")) {
            Document page = Browser.refused(save(Map.of("requiredReplies", typed, "instructions", "Kept.")));
            assertEquals(typed, page.select("#requiredReplies").val());
            assertTrue(page.select("#requiredReplies-error").text().contains("from 1 to 10"), typed);
            assertEquals("Kept.", page.select("#instructions").text());
        }
        assertNull(replies.assignment(c.assignmentId()).requiredReplies, "nothing saved");

        String assign = "/teach/classes/" + c.id() + "/assign";
        Response refused = AssignmentEdits.send(teacher.browser(), assign + "?article=" + c.articleId(), assign,
                Map.of("articleId", String.valueOf(c.articleId()), "ownQuestion", "Our own question here?",
                        "requiredReplies", "12"),
                List.of());
        Document page = Browser.refused(refused);
        assertEquals("12", page.select("#requiredReplies").val(), "the assign form keeps it too");
        assertNotNull(page.selectFirst("#requiredReplies-error"));
    }

    @Test
    void repliesDueBeforeTheAnswersAreRefused() {
        Instant due = MovableClock.now().plus(Duration.ofDays(3));
        String before = input(due.minus(Duration.ofDays(1)));
        Document page = Browser.refused(save(Map.of("due", input(due), "requiredReplies", "2", "repliesDue", before)));
        assertTrue(page.select("#repliesDue-error").text().contains("after answers are due"),
                page.select("#repliesDue-error").text());
        assertEquals(before, page.select("#repliesDue").val());
        assertEquals("2", page.select("#requiredReplies").val());
        assertNotNull(Browser.refused(save(Map.of("due", input(due), "requiredReplies", "2", "repliesDue",
                input(due)))).selectFirst("#repliesDue-error"), "the same moment is not after");
        assertNotNull(Browser.refused(save(Map.of("repliesDue", input(due)))).selectFirst("#requiredReplies-error"),
                "a reply due date asks for a number of classmates");
    }

    @Test
    void aSavedRequirementReadsBackAndIsAudited() {
        Instant due = MovableClock.now().plus(Duration.ofDays(2));
        String repliesDue = input(due.plus(Duration.ofDays(2)));
        assertEquals(303, save(Map.of("due", input(due), "requiredReplies", "2", "repliesDue", repliesDue))
                .statusCode());
        Document edit = teacher.browser().page(AssignmentEdits.editPage(c.id(), c.assignmentId()));
        assertEquals("2", edit.select("#requiredReplies").val());
        assertEquals(repliesDue, edit.select("#repliesDue").val());
        String audit = replies.lastAudit(c.id());
        assertTrue(audit.contains("classmates to reply to: none → 2") && audit.contains("replies due: none → "),
                audit);
        Document page = ana.browser().page(home);
        assertTrue(page.select(".meta").text().contains("Reply to 2 classmates"), page.select(".meta").text());
        assertEquals("Your progress: Not answered yet · replied to 0 of 2 classmates", standing(ana));
    }

    @Test
    void onlyRepliesToOtherStudentsCountEachClassmateOnce() {
        replies.require(c.assignmentId(), 2, null, null);
        long mine = answerFirst(ana);
        long bens = answerFirst(ben);
        long teachers = fixtures.post(c.discussions().get(0), teacher.id(), null, "The teacher's own post");
        fixtures.post(c.discussions().get(0), ana.id(), mine, "Replying to myself");
        fixtures.post(c.discussions().get(0), ana.id(), teachers, "Replying to the teacher");
        fixtures.post(c.discussions().get(0), ana.id(), bens, "First reply to Ben");
        fixtures.post(c.discussions().get(1), ana.id(), fixtures.post(c.discussions().get(1), ben.id(), null,
                "Ben again"), "Second reply to Ben, elsewhere");
        assertTrue(standing(ana).endsWith("replied to 1 of 2 classmates"), standing(ana));

        fixtures.post(c.discussions().get(0), ana.id(), answerFirst(cy), "A reply to Cy");
        assertTrue(standing(ana).endsWith("replied to 2 of 2 classmates"), standing(ana));
        assertTrue(standing(ana).startsWith("Your progress: Answered 1 of 4 questions"), standing(ana));
    }

    @Test
    void withPostFirstOnlyRepliesToPublishedAnswersCount() {
        replies.require(c.assignmentId(), 2, null, null);
        answerFirst(ana);
        long bens = answerFirst(ben);
        answerFirst(cy);
        long cysReply = fixtures.post(c.discussions().get(0), cy.id(), bens, "Cy replies to Ben");
        fixtures.post(c.discussions().get(0), ana.id(), cysReply, "Ana replies to Cy's reply");
        long waiting = fixtures.post(c.discussions().get(1), ben.id(), null, "Ben's answer, waiting");
        replies.waiting(waiting);
        fixtures.post(c.discussions().get(1), ana.id(), waiting, "Ana replies to a waiting answer");
        assertTrue(standing(ana).endsWith("replied to 0 of 2 classmates"), standing(ana));

        postFirst(false);
        assertTrue(standing(ana).endsWith("replied to 2 of 2 classmates"),
                "without post first a reply to a classmate's reply counts: " + standing(ana));
    }

    @Test
    void participationAndTheGradebookShowEachStudent() throws IOException {
        replies.require(c.assignmentId(), 2, null, null);
        fixtures.post(c.discussions().get(0), ana.id(), answerFirst(ben), "A reply to Ben");
        Document page = teacher.browser().page("/teach/classes/" + c.id() + "/participation");
        assertTrue(page.select("thead").text().contains("Replies to classmates"), page.select("thead").text());
        assertEquals("1 of 2 classmates", page.select("tr:has(th:containsOwn(Ana)) td.checkpoint").text());
        assertEquals("0 of 2 classmates", page.select("tr:has(th:containsOwn(Cy)) td.checkpoint").text());

        Response csv = teacher.browser().get("/teach/classes/" + c.id() + "/gradebook.csv");
        List<CSVRecord> rows = CSVFormat.RFC4180
                .parse(new StringReader(new String(csv.asByteArray(), StandardCharsets.UTF_8).substring(1)))
                .getRecords();
        int column = column(rows.get(0), "Classmates replied to: ");
        assertTrue(rows.get(0).get(column).endsWith("(of 2)"), rows.get(0).get(column));
        assertEquals("1", row(rows, "Ana").get(column));
        assertEquals("0", row(rows, "Ben").get(column));

        Document grading = teacher.browser().page("/teach/classes/" + c.id() + "/assignments/" + c.assignmentId()
                + "/grading");
        assertTrue(grading.select(".grading-students li:contains(Ana) .checkpoint").text().contains("1 of 2"));
    }

    @Test
    void lateAppliesToEachPart() throws IOException {
        Instant now = MovableClock.now();
        replies.require(c.assignmentId(), 1, now.plus(Duration.ofHours(1)), now.plus(Duration.ofHours(2)));
        answerAll(ana);
        answerAll(cy);
        assertTrue(standing(ana).startsWith("Your progress: Answered · replied to 0 of 1 classmate"));
        assertTrue(ana.browser().page(home).select(".checkpoint .badge-late").isEmpty(), "nothing late yet");

        MovableClock.current().advance(Duration.ofHours(3));
        answerAll(ben);
        fixtures.post(c.discussions().get(0), ana.id(), fixtures.firstPostBy(cy.id()), "A late reply");
        Document anas = ana.browser().page(home);
        assertEquals(List.of("Late replies"), anas.select(".checkpoint .badge-late").eachText(),
                "answered in time, replied late");
        assertTrue(anas.select(".meta .badge-late").isEmpty(), "each part says late, not the whole assignment");
        assertTrue(teacher.browser().page("/teach/classes/" + c.id()).select(".assignment-head .meta").text()
                .contains("replies to 1 classmate, due"), "the class page names the requirement");
        assertEquals(List.of("Late answer", "Late replies"),
                ben.browser().page(home).select(".checkpoint .badge-late").eachText(), "answered late, not replied");
        assertEquals(List.of("Late replies"), cy.browser().page(home).select(".checkpoint .badge-late").eachText());

        Response csv = teacher.browser().get("/teach/classes/" + c.id() + "/gradebook.csv");
        List<CSVRecord> rows = CSVFormat.RFC4180
                .parse(new StringReader(new String(csv.asByteArray(), StandardCharsets.UTF_8).substring(1)))
                .getRecords();
        int late = column(rows.get(0), "Late: ");
        assertEquals("replies", row(rows, "Ana").get(late));
        assertEquals("answer, replies", row(rows, "Ben").get(late));
    }

    @Test
    void pagesCostTheSameStatementsWhateverTheClassSize() {
        replies.require(c.assignmentId(), 2, null, null);
        String participation = "/teach/classes/" + c.id() + "/participation";
        String grading = "/teach/classes/" + c.id() + "/assignments/" + c.assignmentId() + "/grading";
        fixtures.post(c.discussions().get(0), ana.id(), answerFirst(ben), "A reply");
        long small = statements(teacher, participation) + statements(teacher, grading) + statements(ana, home);
        assertTrue(small > 0, "statements are counted");
        for (int i = 0; i < 6; i++) {
            Person more = People.student(fixtures, c.id(), "Student " + i);
            fixtures.post(c.discussions().get(i % 4), more.id(), answerFirst(ana), "Another reply " + i);
            fixtures.post(c.discussions().get(0), ana.id(), answerFirst(more), "Ana replies " + i);
        }
        assertEquals(small, statements(teacher, participation) + statements(teacher, grading)
                + statements(ana, home), "one grouped query per page, not one per student");
    }

    private long statements(Person person, String path) {
        person.browser().get(path);
        sessionFactory.getStatistics().clear();
        assertEquals(200, person.browser().get(path).statusCode());
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }

    private static int column(CSVRecord header, String prefix) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no column " + prefix + " in " + header);
    }

    private static CSVRecord row(List<CSVRecord> rows, String student) {
        return rows.stream().filter(r -> r.get(0).equals(student)).findFirst().orElseThrow();
    }
}
