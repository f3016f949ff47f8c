package org.roundtable.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.support.Browser;
import org.roundtable.support.ClassWithStudents;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;

@QuarkusTest
class GradingTest extends ClassWithStudents {

    @Inject
    GradingFixtures grading;

    String view;

    GradingTest() {
        super("mgrade", "Grading 1", "Ana A", "Ben B");
    }

    @BeforeEach
    void setUp() {
        view = "/teach/classes/" + c.id() + "/assignments/" + c.assignmentId() + "/grading";
    }

    private Response save(long studentId, Map<String, String> fields) {
        return teacher.browser().submit(view + "?student=" + studentId, view + "/" + studentId, fields);
    }

    private List<String> standings() {
        return teacher.browser().page(view).select(".grading-students li .status").eachText();
    }

    @Test
    void gradingViewShowsOneStudentsPostsInTheAssignment() {
        fixtures.post(c.discussions().get(0), ana.id(), null, "Ana's first answer");
        fixtures.post(c.discussions().get(1), ana.id(), null, "Ana's second answer");
        fixtures.post(c.discussions().get(0), ben.id(), null, "Ben's answer");
        Document page = teacher.browser().page(view + "?student=" + ana.id());
        assertEquals(List.of("Ana's first answer", "Ana's second answer"),
                page.select(".grading-posts .post-body").eachText());
        assertEquals("Ana A", page.select(".grading-students [aria-current]").text().replace(" Answered", ""));
        assertEquals(1, page.select("textarea[name=comment]").size());
        Document other = teacher.browser().page(view + "?student=" + ben.id());
        assertEquals(List.of("Ben's answer"), other.select(".grading-posts .post-body").eachText());
    }

    @Test
    void standingsFollowTheWork() {
        assertEquals(List.of("Not started", "Not started"), standings());
        long answer = fixtures.post(c.discussions().get(0), ana.id(), null, "An answer");
        assertEquals(List.of("Answered", "Not started"), standings());
        fixtures.post(c.discussions().get(0), ana.id(), answer, "A reply");
        assertEquals(List.of("Replied", "Not started"), standings());
        assertEquals(303, save(ana.id(), Map.of("comment", "Good", "score", "")).statusCode());
        assertEquals(List.of("Graded", "Not started"), standings());
    }

    @Test
    void saveAndNextGoesToTheNextStudent() {
        Response saved = save(ana.id(), Map.of("comment", "Well argued", "score", "8", "then", "next"));
        assertEquals(303, saved.statusCode());
        assertTrue(saved.header("Location").endsWith(view + "?student=" + ben.id() + "&saved=" + ana.id()),
                saved.header("Location"));
        assertEquals("Well argued|8", grading.feedback(c.assignmentId(), ana.id()));
        assertTrue(teacher.browser().page(view).select(".grading-students [aria-current]").text()
                .startsWith("Ben B"), "without a student: the first one not graded yet");
        Response stay = save(ben.id(), Map.of("comment", "Fine", "score", "", "then", "stay"));
        assertTrue(stay.header("Location").endsWith(view + "?student=" + ben.id() + "&saved=" + ben.id()));
    }

    @Test
    void scoreMustBeWithinTheMaximum() {
        grading.maxScore(c.assignmentId(), 10);
        Response tooHigh = save(ana.id(), Map.of("comment", "Typed *comment*", "score", "11"));
        Document page = Browser.refused(tooHigh);
        assertEquals("Typed *comment*", page.select("textarea[name=comment]").text());
        assertEquals("11", page.select("input[name=score]").val());
        assertTrue(page.text().contains("out of 10"));
        assertEquals(400, save(ana.id(), Map.of("comment", "", "score", "B+")).statusCode());
        assertEquals(303, save(ana.id(), Map.of("comment", "", "score", "7.5")).statusCode());
        assertEquals("null|7.5", grading.feedback(c.assignmentId(), ana.id()));
        String feedback = "/teach/classes/" + c.id() + "/students/" + ana.id() + "/feedback";
        assertEquals(400, teacher.browser().submit(feedback, feedback + "/" + c.assignmentId(),
                Map.of("comment", "", "score", "B+")).statusCode(), "the old feedback page follows the maximum");
    }

    @Test
    void commentRendersAsMarkdownAndIsSanitised() {
        save(ana.id(), Map.of("comment", "**good** work <script>alert(1)</script>", "score", ""));
        Document home = ana.browser().page("/classes/" + c.id());
        assertEquals("good", home.select(".feedback-comment strong").text());
        assertTrue(home.select(".feedback-comment script").isEmpty());
        assertTrue(home.select("script:containsData(alert(1))").isEmpty());
        Document page = teacher.browser().page(view + "?student=" + ana.id());
        assertEquals("good", page.select(".grading-saved-comment strong").text());
    }

    @Test
    void studentSeesScoreOutOfMaximum() {
        grading.maxScore(c.assignmentId(), 10);
        save(ana.id(), Map.of("comment", "", "score", "8"));
        assertEquals("Score: 8 out of 10", ana.browser().page("/classes/" + c.id()).select(".score").text());
    }

    @Test
    void participationLinksToGradingAndTheGradebook() {
        Document page = teacher.browser().page("/teach/classes/" + c.id() + "/participation");
        assertEquals("Grade", page.select(".grading-links a").first().ownText());
        assertEquals(view, page.select(".grading-links a").attr("href"));
        assertEquals("/teach/classes/" + c.id() + "/gradebook.csv",
                page.select("a:containsOwn(Download the gradebook)").attr("href"));
        // The class page offers it in each assignment's head, beside Edit assignment.
        assertEquals(view, teacher.browser().page("/teach/classes/" + c.id())
                .select(".assignment-head a:containsOwn(Grade)").attr("href"));
    }

    @Test
    void participationHeadersNameTheQuestions() {
        Document page = teacher.browser().page("/teach/classes/" + c.id() + "/participation");
        assertTrue(page.select("table caption").text().contains("work on each assigned question"));
        String first = page.select("thead th").get(1).text();
        assertTrue(first.startsWith("Q1 "), first);
        assertTrue(first.length() > 8, "the first words are shown, not only in a title: " + first);
    }
}
