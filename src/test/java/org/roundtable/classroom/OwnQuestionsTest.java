package org.roundtable.classroom;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.account.AccountPaths;
import org.roundtable.article.Question;
import org.roundtable.discussion.Post;
import org.roundtable.support.Browser;
import org.roundtable.support.ClassWithStudents;
import org.roundtable.support.Fixtures;
import org.roundtable.support.People;
import org.roundtable.support.People.Person;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** A teacher's own questions: added to one class's assignment of an article, seen and discussed there alone. */
@QuarkusTest
class OwnQuestionsTest extends ClassWithStudents {

    static final String ASKED = "Would you have signed the draft treaty?";

    String editPage;
    String questions;
    Person otherTeacher;
    Fixtures.TestClass otherClass;
    Person cal;

    OwnQuestionsTest() {
        super("mrsown", "Own questions class", "Ana", "Ben");
    }

    @BeforeEach
    void anotherClassWithTheSameArticle() {
        editPage = AssignmentEdits.editPage(c.id(), c.assignmentId());
        questions = "/teach/classes/" + c.id() + "/assignments/" + c.assignmentId() + "/questions";
        otherTeacher = People.teacher(fixtures, "mrother");
        otherClass = fixtures.createClass("Other school", 0, otherTeacher.id());
        cal = People.student(fixtures, otherClass.id(), "Cal");
    }

    Response add(String text, boolean stance) {
        return teacher.browser().submit(editPage, questions, stance ? Map.of("text", text, "stance", "on")
                : Map.of("text", text));
    }

    /** Adds a question on the edit page; returns its discussion. */
    long added(String text, boolean stance) {
        Response added = add(text, stance);
        assertEquals(303, added.statusCode());
        assertTrue(added.header("Location").endsWith(editPage), added.header("Location"));
        List<Long> own = fixtures.ownDiscussions(c.assignmentId());
        return own.get(own.size() - 1);
    }

    Response post(Person student, long classId, long discussion, Map<String, String> fields) {
        String page = "/classes/" + classId + "/discussions/" + discussion;
        Map<String, String> all = new HashMap<>(fields);
        all.put("key", UUID.randomUUID().toString());
        return student.browser().submit("/classes/" + classId, page + "/posts", all);
    }

    @Test
    void addedOnTheEditPageItOpensADiscussionForThisClassOnly() {
        long d = added(ASKED, true);

        Document home = ana.browser().page("/classes/" + c.id());
        assertEquals(5, home.select(".question-item").size(), "the article's four and the class's own");
        assertTrue(home.text().contains(ASKED), home.text());
        String page = "/classes/" + c.id() + "/discussions/" + d;
        Document discussion = ana.browser().page(page);
        assertTrue(discussion.select("h1").text().contains(ASKED) || discussion.text().contains(ASKED));
        assertEquals(3, discussion.select("input[name=stance]").size(), "agree, disagree, unsure");
        Response answered = post(ana, c.id(), d, Map.of("body", "Yes, for the ceasefire it offered.",
                "stance", "AGREE"));
        assertEquals(303, answered.statusCode());
        assertTrue(ana.browser().page(page).text().contains("Yes, for the ceasefire it offered."));
        assertEquals(1, fixtures.discussion(d).stances.agree);

        Document edit = teacher.browser().page(editPage);
        assertTrue(edit.select("#own-heading + p + ul").text().contains(ASKED), edit.text());
        assertEquals(4, edit.select("input[name=question]").size(), "own questions are not article checkboxes");
        assertTrue(teacher.browser().page("/teach/classes/" + c.id()).text().contains("5 of 5 questions assigned"));

        Document otherHome = cal.browser().page("/classes/" + otherClass.id());
        assertEquals(4, otherHome.select(".question-item").size());
        assertFalse(otherHome.text().contains(ASKED));
        assertEquals(404, cal.browser().get("/classes/" + otherClass.id() + "/discussions/" + d).statusCode());
        Response outside = cal.browser().get(page);
        assertTrue(outside.statusCode() >= 300 && !outside.asString().contains(ASKED),
                "status " + outside.statusCode());
        Response intruding = cal.browser().submit("/classes/" + otherClass.id(), page + "/posts",
                Map.of("body", "Posting into another class.", "key", UUID.randomUUID().toString()));
        assertEquals(303, intruding.statusCode(), "refused: sent the students' way back in");
        assertTrue(intruding.header("Location").endsWith(AccountPaths.STUDENT_SIGNED_OUT),
                intruding.header("Location"));
        Response sideways = cal.browser().submit("/classes/" + otherClass.id(),
                "/classes/" + otherClass.id() + "/discussions/" + d + "/posts",
                Map.of("body", "Posting through my own class.", "key", UUID.randomUUID().toString()));
        assertEquals(404, sideways.statusCode());
        assertEquals(1, fixtures.countWhere(Post.class, "discussion.id", d));
        assertEquals(4, fixtures.questionIds(c.articleId()).size(), "the article keeps its own questions");
    }

    @Test
    void aQuestionWithoutAStanceAsksNone() {
        long d = added("What would you ask the negotiators?", false);
        Document discussion = ana.browser().page("/classes/" + c.id() + "/discussions/" + d);
        assertNull(discussion.selectFirst("input[name=stance]"));
        assertEquals(400, post(ana, c.id(), d, Map.of("body", "Who gives way first?", "stance", "AGREE"))
                .statusCode(), "no stance on a question that takes none");
    }

    @Test
    void addedWhileAssigning() {
        long classId = newClass("Period 4");
        String assign = "/teach/classes/" + classId + "/assign";
        RequestSpecification spec = form(assign + "?article=" + c.articleId())
                .formParam("articleId", c.articleId()).formParam("question", c.questions().get(0))
                .formParam("ownQuestion", "").formParam("ownQuestion", ASKED)
                .formParam("ownQuestion", "Who gains most from delay?").formParam("ownStance", "2");
        assertEquals(303, spec.post(assign).statusCode());

        long assignment = fixtures.assignmentIds(classId).get(0);
        List<Long> own = fixtures.ownDiscussions(assignment);
        assertEquals(2, own.size(), "the empty slot adds nothing");
        Person dee = People.student(fixtures, classId, "Dee");
        Document home = dee.browser().page("/classes/" + classId);
        assertEquals(3, home.select(".question-item").size());
        assertEquals(3, dee.browser().page("/classes/" + classId + "/discussions/" + own.get(0))
                .select("input[name=stance]").size(), "slot 2 takes a stance");
        assertNull(dee.browser().page("/classes/" + classId + "/discussions/" + own.get(1))
                .selectFirst("input[name=stance]"));
        assertEquals(303, post(dee, classId, own.get(1), Map.of("body", "The side with more time."))
                .statusCode());
        assertFalse(ana.browser().page("/classes/" + c.id()).text().contains(ASKED), "another class of the teacher");
    }

    @Test
    void assigningWithOnlyOwnQuestionsOrATooLongOne() {
        long classId = newClass("Period 5");
        String assign = "/teach/classes/" + classId + "/assign";
        String tooLong = "y".repeat(Question.MAX_CHARS + 1);
        Response refused = form(assign + "?article=" + c.articleId()).formParam("articleId", c.articleId())
                .formParam("ownQuestion", tooLong).formParam("instructions", "Read first.").post(assign);
        Document page = Browser.refused(refused);
        assertEquals(tooLong, page.select("#ownQuestion1").text(), "the text is kept");
        assertTrue(page.select("#ownQuestion1-error").text().contains("1000 characters"));
        assertTrue(fixtures.assignmentIds(classId).isEmpty());

        assertEquals(303, form(assign + "?article=" + c.articleId()).formParam("articleId", c.articleId())
                .formParam("ownQuestion", ASKED).post(assign).statusCode(), "an own question is enough");
        assertEquals(1, fixtures.ownDiscussions(fixtures.assignmentIds(classId).get(0)).size());
    }

    @Test
    void editingAndRemovingIt() {
        long d = added(ASKED, false);
        String own = questions + "/" + d;
        Document form = teacher.browser().page(own + "/edit");
        assertEquals(ASKED, form.select("#text").text());
        assertEquals(303, teacher.browser().submit(own + "/edit", own,
                Map.of("text", "Would you sign it now?", "stance", "on")).statusCode());
        String page = "/classes/" + c.id() + "/discussions/" + d;
        Document changed = ana.browser().page(page);
        assertTrue(changed.text().contains("Would you sign it now?"));
        assertEquals(3, changed.select("input[name=stance]").size());

        long empty = added("Nobody answers this one.", false);
        assertEquals(303, teacher.browser().submit(editPage, questions + "/" + empty + "/remove", Map.of())
                .statusCode());
        assertNull(fixtures.discussion(empty), "a question nobody answered is deleted");
        assertEquals(404, ana.browser().get("/classes/" + c.id() + "/discussions/" + empty).statusCode());

        assertEquals(303, post(ana, c.id(), d, Map.of("body", "Only with changes.")).statusCode());
        assertEquals(303, teacher.browser().submit(editPage, own + "/remove", Map.of()).statusCode());
        assertTrue(fixtures.discussion(d).withdrawn, "one with posts is taken away");
        assertEquals(404, ana.browser().get(page).statusCode());
        assertTrue(teacher.browser().page(page).text().contains("Only with changes."), "its posts stay");
        assertEquals(4, ana.browser().page("/classes/" + c.id()).select(".question-item").size());
        assertNotNull(teacher.browser().page(editPage).selectFirst(".badge:contains(Taken away)"));
        assertEquals(303, teacher.browser().submit(editPage, own + "/restore", Map.of()).statusCode());
        assertEquals(200, ana.browser().get(page).statusCode());
    }

    @Test
    void anotherTeacherCannotEditOrRemoveIt() {
        long d = added(ASKED, false);
        String own = questions + "/" + d;
        Browser other = otherTeacher.browser();
        assertEquals(403, other.get(own + "/edit").statusCode());
        assertEquals(403, other.submit("/teach", own, Map.of("text", "Hijacked")).statusCode());
        assertEquals(403, other.submit("/teach", own + "/remove", Map.of()).statusCode());
        String throughTheirClass = "/teach/classes/" + otherClass.id() + "/assignments/" + otherClass.assignmentId()
                + "/questions/" + d;
        assertEquals(404, other.get(throughTheirClass + "/edit").statusCode());
        assertEquals(404, other.submit("/teach", throughTheirClass + "/remove", Map.of()).statusCode());
        assertEquals(ASKED, fixtures.questionText(d));
        assertNotNull(fixtures.discussion(d));
        assertFalse(fixtures.discussion(d).withdrawn);
    }

    @Test
    void theArticlesOwnQuestionsAreNotEditedHere() {
        String article = questions + "/" + c.discussions().get(0);
        assertEquals(404, teacher.browser().get(article + "/edit").statusCode());
        assertEquals(404, teacher.browser().submit(editPage, article, Map.of("text", "Changed for all")).statusCode());
        assertEquals(404, teacher.browser().submit(editPage, article + "/remove", Map.of()).statusCode());
        assertFalse(fixtures.discussion(c.discussions().get(0)).withdrawn);
        assertEquals(403, teacher.browser().get(AssignmentEdits.editPage(otherClass.id(), otherClass.assignmentId()))
                .statusCode(), "the other teacher's class is not ours");
    }

    @Test
    void aBlankOrTooLongQuestionIsRefusedWithTheTextKept() {
        Document blank = Browser.refused(add("   ", true));
        assertTrue(blank.select("#text-error").text().contains("Write the question"), blank.text());
        assertNotNull(blank.selectFirst("input[name=stance][checked]"), "the box stays ticked");
        String tooLong = "x".repeat(Question.MAX_CHARS + 1);
        Document refused = Browser.refused(add(tooLong, false));
        assertEquals(tooLong, refused.select("#text").text());
        assertTrue(fixtures.ownDiscussions(c.assignmentId()).isEmpty());

        long d = added(ASKED, false);
        String own = questions + "/" + d;
        Document edit = Browser.refused(teacher.browser().submit(own + "/edit", own, Map.of("text", tooLong)));
        assertEquals(tooLong, edit.select("#text").text());
        assertNotNull(edit.selectFirst("#text-error"));
        assertEquals(ASKED, fixtures.questionText(d));
    }

    @Test
    void theTeachersPagesCountIt() {
        long d = added(ASKED, true);
        assertEquals(303, post(ana, c.id(), d, Map.of("body", "An answer for the reports.", "stance", "UNSURE"))
                .statusCode());
        String classPath = "/teach/classes/" + c.id();
        String label = AssignedQuestions.shortText(ASKED);
        Document participation = teacher.browser().page(classPath + "/participation");
        assertTrue(participation.text().contains(label), participation.text());
        Response csv = teacher.browser().get(classPath + "/participation.csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.asString().contains(ASKED), "one row per student and question");
        Document grading = teacher.browser().page(classPath + "/assignments/" + c.assignmentId() + "/grading");
        assertTrue(grading.text().contains("Question 5: " + label), grading.text());
        Response gradebook = teacher.browser().get(classPath + "/gradebook.csv");
        assertEquals(200, gradebook.statusCode());
        Document export = teacher.browser().page(classPath + "/discussions/" + d + "/export");
        assertEquals("Class question 1: " + ASKED, export.select("h1").text());
        Document transcript = teacher.browser().page(classPath + "/students/" + ana.id() + "/transcript");
        assertTrue(transcript.select(".transcript-question").text().contains("Class question 1: " + ASKED));
        assertEquals(200, teacher.browser().get("/teach").statusCode());
        assertTrue(ana.browser().page("/classes/" + c.id() + "/discussions/" + d).text().contains("Question 5 of 5"));
    }

    @Test
    void deletingTheClassDeletesItsOwnQuestions() {
        long d = added(ASKED, true);
        assertEquals(303, post(ana, c.id(), d, Map.of("body", "An answer that goes with the class.")).statusCode());
        String delete = "/teach/classes/" + c.id() + "/delete";
        assertEquals(303, teacher.browser().submit(delete, delete, Map.of("confirmName", "Own questions class"))
                .statusCode());
        assertNull(fixtures.classroom(c.id()));
        assertEquals(0, fixtures.countWhere(Question.class, "text", ASKED));
        assertEquals(4, fixtures.questionIds(c.articleId()).size(), "the article's questions stay");
        assertEquals(4, cal.browser().page("/classes/" + otherClass.id()).select(".question-item").size());
    }

    /** A form sent with the teacher's CSRF token, the fields added by the caller. */
    RequestSpecification form(String formPage) {
        Browser browser = teacher.browser();
        String token = browser.csrfToken(formPage);
        return given().redirects().follow(false).cookie("rt_session", browser.cookie("rt_session"))
                .cookie(Browser.CSRF_COOKIE, browser.cookie(Browser.CSRF_COOKIE))
                .contentType(ContentType.URLENC.withCharset("UTF-8")).formParam(Browser.CSRF_FIELD, token);
    }

    /** A new class of the teacher's, made through the new-class form; its id from where the form lands. */
    private long newClass(String name) {
        String location = teacher.browser().submit("/teach/new-class", "/teach/classes", Map.of("name", name))
                .header("Location");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }
}
