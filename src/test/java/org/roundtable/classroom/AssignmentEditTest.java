package org.roundtable.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.moderation.ModerationAction;
import org.roundtable.support.Browser;
import org.roundtable.support.ClassWithStudents;
import org.roundtable.support.People;
import org.roundtable.support.People.Person;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.transaction.Transactional;

@QuarkusTest
class AssignmentEditTest extends ClassWithStudents {

    String home;

    AssignmentEditTest() {
        super("mrsedit", "Edit class", "Ana", "Ben");
    }

    @BeforeEach
    void findTheAssignment() {
        home = "/classes/" + c.id();
    }

    Response save(Map<String, String> fields, List<Long> ticked) {
        return AssignmentEdits.save(teacher.browser(), c.id(), c.assignmentId(), fields, ticked);
    }

    @Test
    void editChangesDueDateMinimumAndInstructions() {
        Document form = teacher.browser().page(AssignmentEdits.editPage(c.id(), c.assignmentId()));
        assertEquals(4, form.select("input[name=question][checked]").size(), "the live questions are ticked");
        assertNotNull(form.selectFirst("input[name=noDue][checked]"), "no due date yet");
        String due = ZonedDateTime.now(SchoolTime.ZONE).plusDays(2).withSecond(0).withNano(0).toLocalDateTime()
                .toString();
        Response saved = save(Map.of("due", due, "minWords", "150", "instructions", "Quote the text.",
                "maxScore", "10"), c.questions());
        assertEquals(303, saved.statusCode());
        assertTrue(saved.header("Location").endsWith("/teach/classes/" + c.id()), saved.header("Location"));

        Document page = ana.browser().page(home);
        assertTrue(page.text().contains("at least 150 words"), page.text());
        assertTrue(page.select(".instructions").text().contains("Quote the text."));
        assertNull(page.selectFirst(".badge-late"));
        Response short1 = ana.browser().submit(q1, q1 + "/posts",
                Map.of("body", "word ".repeat(100), "key", UUID.randomUUID().toString()));
        assertEquals(400, short1.statusCode());
        assertEquals(10, maxScore());

        Document again = teacher.browser().page(AssignmentEdits.editPage(c.id(), c.assignmentId()));
        assertEquals(due, again.select("#due").val(), "the date reads back in school time");
        assertEquals("10", again.select("#maxScore").val());
        assertTrue(again.select("label[for=maxScore]").text().startsWith("Score out of"));
        ModerationAction row = audit("EDIT_ASSIGNMENT").get(0);
        assertTrue(row.reason.contains("minimum words: none → 150"), row.reason);
        assertTrue(row.reason.contains("instructions changed"), row.reason);
        assertTrue(row.reason.contains("score out of: none → 10"), row.reason);
    }

    @Test
    void noDueDateClearsIt() {
        String yesterday = LocalDateTime.now(SchoolTime.ZONE).minusDays(1).withSecond(0).withNano(0).toString();
        assertEquals(303, save(Map.of("due", yesterday), c.questions()).statusCode());
        assertNotNull(ana.browser().page(home).selectFirst(".badge-late"));
        assertEquals(303, save(Map.of("due", yesterday, "noDue", "on"), c.questions()).statusCode());
        assertNull(dueAt());
        assertNull(ana.browser().page(home).selectFirst(".badge-late"));
        assertTrue(audit("EDIT_ASSIGNMENT").get(0).reason.endsWith("→ none"), "the newest row clears the date");
    }

    @Test
    void takingAQuestionAwayHidesItAndKeepsItsPosts() {
        String q3 = c.discussionPath(3);
        ana.browser().submit(q3, q3 + "/posts", Map.of("body", "My answer to three.", "key",
                UUID.randomUUID().toString()));
        long d3 = c.discussions().get(2);
        assertEquals(303,
                save(Map.of(), List.of(c.questions().get(0), c.questions().get(1), c.questions().get(3))).statusCode());

        assertTrue(fixtures.discussion(d3).withdrawn);
        assertEquals(404, ana.browser().get(q3).statusCode());
        assertEquals(404, ben.browser().get(q3 + "/events").statusCode());
        assertEquals(3, ana.browser().page(home).select(".question-item").size());
        Response teacherView = teacher.browser().get(q3);
        assertEquals(200, teacherView.statusCode());
        Document page = Browser.html(teacherView);
        assertTrue(page.select(".page-head .banner").text().contains("Taken away from students"));
        assertTrue(page.text().contains("My answer to three."), "the posts are kept for the teacher");
        assertNull(page.selectFirst("#answer-form"), "nobody posts in a question taken away");

        ModerationAction row = audit("WITHDRAW_QUESTION").get(0);
        assertEquals(d3, row.discussionId);
        assertTrue(row.reason.startsWith("How can Ukraine"), "the reason names the question: " + row.reason);
        Document overview = teacher.browser().page("/teach/classes/" + c.id());
        assertTrue(overview.text().contains("3 of 4 questions assigned"), overview.text());
        assertEquals(1, overview.select(".badge:contains(Taken away)").size());
    }

    @Test
    void bringingItBackRestoresThePosts() {
        String q3 = c.discussionPath(3);
        ana.browser().submit(q3, q3 + "/posts", Map.of("body", "Kept answer.", "key", UUID.randomUUID().toString()));
        long d3 = c.discussions().get(2);
        save(Map.of(), List.of(c.questions().get(0), c.questions().get(1), c.questions().get(3)));
        assertEquals(303, save(Map.of(), c.questions()).statusCode());
        assertFalse(fixtures.discussion(d3).withdrawn);
        assertEquals(1, fixtures.discussion(d3).answerCount);
        assertEquals(fixtures.assignmentIds(c.id()), List.of(c.assignmentId()), "no new assignment or discussion");
        assertEquals(4, fixtures.count(Discussion.class));
        assertTrue(ana.browser().page(q3).text().contains("Kept answer."));
        assertEquals(d3, audit("RESTORE_QUESTION").get(0).discussionId);
    }

    @Test
    void aRefusedEditKeepsWhatWasTyped() {
        Response refused = save(Map.of("minWords", "lots", "instructions", "Typed words.", "maxScore", "ten"),
                List.of());
        Document page = Browser.refused(refused);
        assertEquals("lots", page.select("#minWords").val());
        assertEquals("ten", page.select("#maxScore").val());
        assertEquals("Typed words.", page.select("#instructions").text());
        assertTrue(page.select("#questions-error").text().contains("at least one question"));
        assertNotNull(page.selectFirst("#maxScore-error"));
        assertTrue(audit("EDIT_ASSIGNMENT").isEmpty(), "nothing was changed");
    }

    @Test
    void assignRefusesAWithdrawnQuestionWithAPointer() {
        save(Map.of(), List.of(c.questions().get(0), c.questions().get(1), c.questions().get(3)));
        String assign = "/teach/classes/" + c.id() + "/assign";
        Response refused = AssignmentEdits.send(teacher.browser(), assign + "?article=" + c.articleId(), assign,
                Map.of("articleId", String.valueOf(c.articleId())), List.of(c.questions().get(2)));
        assertTrue(Browser.refused(refused).select("#questions-error").text().contains("Edit assignment"));
        assertEquals(1, fixtures.assignmentIds(c.id()).size());
    }

    @Test
    void addingAQuestionOpensItsDiscussion() {
        long other = newClass("Second period");
        long first = assign(other, List.of(c.questions().get(0)));
        Person cal = People.student(fixtures, other, "Cal");
        assertEquals(1, cal.browser().page("/classes/" + other).select(".question-item").size());
        assertEquals(303, AssignmentEdits.save(teacher.browser(), other, first, Map.of(),
                List.of(c.questions().get(0), c.questions().get(1))).statusCode());
        assertEquals(2, cal.browser().page("/classes/" + other).select(".question-item").size());
        ModerationAction row = audit(other, "ADD_QUESTION").get(0);
        assertNotNull(row.discussionId);
        assertEquals(200, cal.browser().get("/classes/" + other + "/discussions/" + row.discussionId).statusCode());
    }

    @Test
    void aQuestionOfAnotherAssignmentIsRefused() {
        long other = newClass("Third period");
        long first = assign(other, List.of(c.questions().get(0)));
        assign(other, List.of(c.questions().get(1)));
        Document form = teacher.browser().page(AssignmentEdits.editPage(other, first));
        assertNotNull(form.selectFirst("input[name=question][value=" + c.questions().get(1) + "][disabled]"));
        Response refused = AssignmentEdits.save(teacher.browser(), other, first, Map.of("minWords", "40"),
                List.of(c.questions().get(0), c.questions().get(1)));
        Document page = Browser.refused(refused);
        assertTrue(page.select("#questions-error").text().contains("another assignment"));
        assertEquals("40", page.select("#minWords").val());
    }

    /** A class of the teacher's with nothing assigned yet. */
    long newClass(String name) {
        String location = teacher.browser().submit("/teach/new-class", "/teach/classes", Map.of("name", name))
                .header("Location");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** Assigns the bundled article's given questions through the form; returns the new assignment. */
    long assign(long classId, List<Long> ticked) {
        String assign = "/teach/classes/" + classId + "/assign";
        assertEquals(303, AssignmentEdits.send(teacher.browser(), assign + "?article=" + c.articleId(), assign,
                Map.of("articleId", String.valueOf(c.articleId())), ticked).statusCode());
        List<Long> ids = fixtures.assignmentIds(classId);
        return ids.get(ids.size() - 1);
    }

    List<ModerationAction> audit(String kind) {
        return audit(c.id(), kind);
    }

    @Transactional
    List<ModerationAction> audit(long classId, String kind) {
        return ModerationAction.<ModerationAction>list("classroomId = ?1 order by id desc", classId).stream()
                .filter(a -> a.action.name().equals(kind)).toList();
    }

    @Transactional
    Integer maxScore() {
        return Assignment.<Assignment>findById(c.assignmentId()).maxScore;
    }

    @Transactional
    java.time.Instant dueAt() {
        return Assignment.<Assignment>findById(c.assignmentId()).dueAt;
    }
}
