package org.roundtable.discussion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.support.Browser;
import org.roundtable.support.ClassWithStudents;
import org.roundtable.support.People;
import org.roundtable.support.People.Person;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * "Did the discussion change your mind?": a student says where they stand before reading a stance
 * question (or skips it) and after it, kept apart from their answer's stance; the teacher's chart,
 * table and export show the class's move with the credited posts; students see the two
 * distributions, without names, once they have answered.
 */
@QuarkusTest
class StanceChangeTest extends ClassWithStudents {

    Person dee;

    StanceChangeTest() {
        super("minds", "Minds", "Ana Real", "Ben Real", "Cy Real");
    }

    @BeforeEach
    void setUp() {
        postFirst(true);
        dee = People.student(fixtures, c.id(), "Dee Real");
    }

    @Test
    void aStudentSaysWhereTheyStandBeforeReadingOrSkipsIt() {
        Document opened = ana.browser().page(q1);
        assertEquals(3, opened.select("#before-form input[type=radio][name=position]").size());
        assertEquals("/classes/" + c.id() + "/discussions/" + c.discussions().get(0) + "#minds",
                before(ana, "AGREE").header("Location"));
        assertEquals(303, ben.browser().submit(q1, q1 + "/stance/before", Map.of("skip", "1")).statusCode());

        assertEquals("AGREE>null||null", stanceOf(ana));
        assertEquals("null>null||null", stanceOf(ben), "skipping records that the student was asked");
        assertTrue(ana.browser().page(q1).select("#before-form").isEmpty(), "asked once");
        assertTrue(ben.browser().page(q1).select("#before-form").isEmpty(), "skipped once");
        assertEquals(400, before(ana, "DISAGREE").statusCode(), "before cannot be changed afterwards");
        assertEquals("AGREE>null||null", stanceOf(ana));
    }

    @Test
    void theAnswersStanceStaysApartFromWhereTheStudentStands() {
        before(ana, "AGREE");
        long answer = answerWithStance(ana, "DISAGREE");

        assertEquals(Stance.DISAGREE, fixtures.stanceOf(answer), "the answer argues its own side");
        assertEquals("AGREE>null||null", stanceOf(ana));
        assertTrue(ana.browser().page(q1).select("#before-form").isEmpty(), "after answering, before is not asked");
        assertEquals(400, before(cyAnswered(), "AGREE").statusCode(), "no before once a student has answered");
    }

    @Test
    void afterTheDiscussionAStudentSaysWhatChangedTheirMindAndWhichPost() {
        before(ana, "AGREE");
        long benAnswer = answer(ben, "Think of the soldiers at the front.");
        answer(ana, "Talks are a trap.");

        Document page = ana.browser().page(q1);
        assertEquals(1, page.select("#after-creditedPost option[value=" + benAnswer + "]").size());
        assertTrue(page.select("#after-creditedPost option[value=" + benAnswer + "]").text().startsWith("Ben Real"));
        assertEquals(303, after(ana, "DISAGREE", "Ben's point about the soldiers", String.valueOf(benAnswer))
                .statusCode());

        assertEquals("AGREE>DISAGREE|Ben's point about the soldiers|" + benAnswer, stanceOf(ana));
        Document again = ana.browser().page(q1);
        assertEquals("DISAGREE", again.select("#after-form input[name=position][checked]").val(),
                "the form shows what the student said, to change it again");
    }

    @Test
    void aPostTheStudentCannotSeeIsRefusedWithTheTypedReasonKept() {
        long benAnswer = answer(ben, "Hidden soon.");
        act(benAnswer, "hide", Map.of("reason", "Off topic"));
        answer(ana, "My answer.");
        String before = fixtures.fingerprint();

        Document refused = Browser.refused(after(ana, "DISAGREE", "Typed reason", String.valueOf(benAnswer)));
        assertEquals("Typed reason", refused.select("#after-reason").val());
        assertFalse(refused.select("#after-creditedPost-error").isEmpty());
        assertTrue(refused.select("#after-creditedPost option[value=" + benAnswer + "]").isEmpty(),
                "a hidden post is not offered");
        assertEquals(before, fixtures.fingerprint(), "refused means unchanged");
    }

    @Test
    void aBadOptionOrATooLongReasonIsRefused() {
        answer(ana, "My answer.");
        String before = fixtures.fingerprint();

        Document badOption = Browser.refused(after(ana, "MAYBE", "Kept", ""));
        assertEquals("Kept", badOption.select("#after-reason").val());
        assertFalse(badOption.select("#after-position-error").isEmpty());
        String tooLong = "x".repeat(StanceChange.MAX_REASON + 1);
        Document longReason = Browser.refused(after(ana, "AGREE", tooLong, ""));
        assertEquals(tooLong, longReason.select("#after-reason").val());
        assertFalse(longReason.select("#after-reason-error").isEmpty());
        // Emoji are two units each in the column and in the field's maxlength: refused, not a server error.
        String emoji = "\uD83D\uDE00".repeat(StanceChange.MAX_REASON / 2 + 1);
        Document longEmoji = Browser.refused(after(ana, "AGREE", emoji, ""));
        assertEquals(emoji, longEmoji.select("#after-reason").val());
        assertEquals(400, before(ben, "MAYBE").statusCode());
        assertEquals(before, fixtures.fingerprint());
    }

    @Test
    void theTeachersChartCountsBeforeAfterAndWhoMovedWhichWay() {
        long benAnswer = classMoves();

        Document page = teacher.browser().page(q1);
        assertFigures(page);
        assertEquals("2 students changed their mind.", page.select(".minds-moved").text());
        assertEquals(List.of("Agree → Disagree: 1", "Disagree → Unsure: 1"), page.select(".minds-moves li").eachText());
        assertEquals(List.of("Ben Real"), page.select(".minds-credit-name").eachText(), "the teacher sees real names");
        assertEquals(q1 + "#post-" + benAnswer, page.select(".minds-credits a").attr("href"));
        assertEquals(1, page.select("svg.minds-svg[role=img] title").size());
        assertEquals("Before and after: 4 students, 2 changed their mind",
                teacher.browser().page("/teach/classes/" + c.id()).select(".minds-tally").text());
        assertTrue(page.select("svg.minds-svg desc").text().contains("Agree 2, Disagree 1, Unsure 0"));
    }

    @Test
    void studentsSeeTheDistributionOnlyOnceTheyHaveAnsweredAndNeverNames() {
        fixtures.configure(c.id(), k -> k.anonymous = true);
        classMoves();
        Person eve = People.student(fixtures, c.id(), "Eve Real");

        assertTrue(eve.browser().page(q1).select(".minds-table").isEmpty(), "not before posting");
        answer(eve, "Now I have answered.");
        Document page = eve.browser().page(q1);
        assertFigures(page);
        assertTrue(page.select(".minds-moved, .minds-credits, .minds-reasons").isEmpty());
        assertFalse(page.select(".minds").text().contains("Ben Real"));
        assertEquals(List.of("Ben Real"), teacher.browser().page(q1).select(".minds-credit-name").eachText(),
                "the teacher sees the real name in an anonymous class");
    }

    @Test
    void thePrintableExportCarriesTheChart() {
        classMoves();

        Document export = teacher.browser().page("/teach/classes/" + c.id() + "/discussions/"
                + c.discussions().get(0) + "/export");
        assertEquals(1, export.select("svg.minds-svg[role=img]").size());
        assertFigures(export);
        assertEquals("2 students changed their mind.", export.select(".minds-moved").text());
    }

    @Test
    void onlyStudentsOfAStanceQuestionAreAsked() {
        assertEquals(403, teacher.browser().submit(q1, q1 + "/stance/before", Map.of("position", "AGREE"))
                .statusCode());
        String q2 = c.discussionPath(2);
        assertEquals(404, ana.browser().submit(q2, q2 + "/stance/before", Map.of("position", "AGREE"))
                .statusCode());
        assertTrue(ana.browser().page(q2).select("#minds").isEmpty());
        Person outsider = People.student(fixtures, fixtures.createClass("Elsewhere", 0, teacher.id()).id(), "Olu");
        String before = fixtures.fingerprint();
        Response refused = outsider.browser().post(q1 + "/stance/before",
                Map.of(Browser.CSRF_FIELD, outsider.browser().csrfToken("/join"), "position", "AGREE"));
        assertFalse(String.valueOf(refused.header("Location")).endsWith("#minds"),
                "a student of another class is shown the way back in, not the question");
        assertEquals(before, fixtures.fingerprint(), "and nothing is stored");
    }

    /**
     * Ana: agree → disagree, crediting Ben's answer; Ben: agree, not changed; Cy: disagree → unsure;
     * Dee: skipped, then agree. Before 2/1/0, after 2/1/1, two moved. Returns Ben's answer.
     */
    private long classMoves() {
        before(ana, "AGREE");
        before(ben, "AGREE");
        before(cy, "DISAGREE");
        assertEquals(303, dee.browser().submit(q1, q1 + "/stance/before", Map.of("skip", "1")).statusCode());
        long benAnswer = answer(ben, "Ben's answer.");
        answer(ana, "Ana's answer.");
        answer(cy, "Cy's answer.");
        answer(dee, "Dee's answer.");
        assertEquals(303, after(ana, "DISAGREE", "The soldiers", String.valueOf(benAnswer)).statusCode());
        assertEquals(303, after(cy, "UNSURE", "", "").statusCode());
        assertEquals(303, after(dee, "AGREE", "", "").statusCode());
        return benAnswer;
    }

    /** The figures of {@link #classMoves} in the chart's table. */
    private static void assertFigures(Document page) {
        assertEquals(List.of("2", "1", "0"), page.select(".minds-table .minds-before-count").eachText());
        assertEquals(List.of("2", "1", "1"), page.select(".minds-table .minds-after-count").eachText());
        assertEquals(3 * 2, page.select("svg.minds-svg rect.minds-bar").size() - 2, "a bar pair per option");
    }

    private Person cyAnswered() {
        answer(cy, "Cy answers first.");
        return cy;
    }

    private Response before(Person person, String position) {
        return person.browser().submit(q1, q1 + "/stance/before", Map.of("position", position));
    }

    private Response after(Person person, String position, String reason, String creditedPost) {
        return person.browser().submit(q1, q1 + "/stance/after",
                Map.of("position", position, "reason", reason, "creditedPost", creditedPost));
    }

    private long answerWithStance(Person person, String stance) {
        Response response = person.browser().submit(q1, q1 + "/posts",
                Map.of("body", "An answer that argues a side.", "stance", stance, "key", UUID.randomUUID().toString()));
        assertEquals(303, response.statusCode());
        String location = response.header("Location");
        return Long.parseLong(location.substring(location.indexOf("#post-") + 6));
    }

    /** "before>after|reason|credited post" as stored for the person on the first question. */
    private String stanceOf(Person person) {
        return QuarkusTransaction.requiringNew().call(() -> {
            StanceChange stance = StanceChange.findFor(c.discussions().get(0), person.id());
            assertTrue(stance != null, "a row for the student");
            Post credited = stance.creditedPost;
            return stance.stanceBefore + ">" + stance.stanceAfter + "|" + (stance.reason == null ? "" : stance.reason)
                    + "|" + (credited == null ? null : credited.id);
        });
    }

    @Test
    void removingAStudentWithTheirPostsTakesTheirStanceAndTheCreditsToTheirPosts() {
        classMoves();
        String remove = "/teach/classes/" + c.id() + "/students/" + ben.id() + "/remove";
        assertEquals(303, teacher.browser().submit(remove, remove, Map.of("deletePosts", "on")).statusCode());

        assertEquals("AGREE>DISAGREE|The soldiers|null", stanceOf(ana), "the credit to Ben's post goes with it");
        Document page = teacher.browser().page(q1);
        assertEquals(List.of("1", "1", "0"), page.select(".minds-table .minds-before-count").eachText());
        assertTrue(page.select(".minds-credits").isEmpty());
        String delete = "/teach/classes/" + c.id() + "/delete";
        assertEquals(303, teacher.browser().submit(delete, delete, Map.of("confirmName", "Minds")).statusCode());
        assertEquals(0, fixtures.count(StanceChange.class), "deleting the class deletes its stances");
    }

    @Test
    void aStudentWhoNeverSaidHasNoRow() {
        answer(ana, "Just an answer.");
        assertNull(
                QuarkusTransaction.requiringNew().call(() -> StanceChange.findFor(c.discussions().get(0), ana.id())));
    }
}
