package org.roundtable.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.roundtable.account.CsrfMask;
import org.roundtable.discussion.PostStatus;
import org.roundtable.support.ClassWithStudents;
import org.roundtable.support.SseClient;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Moderation from where the teacher is: the roster, the discussion page, the overview; and the log names it. */
@QuarkusTest
class ModerationPlacesTest extends ClassWithStudents {

    ModerationPlacesTest() {
        super("placesteacher", "Places", "Ana", "Ben");
    }

    String classPath() {
        return "/teach/classes/" + c.id();
    }

    String lock(String action) {
        return classPath() + "/discussions/" + c.discussions().get(0) + "/" + action;
    }

    @Test
    void pauseFromRosterReturnsToRoster() {
        String roster = classPath() + "/roster";
        Document page = teacher.browser().page(roster);
        assertEquals(2, page.select("form.mute-form select[name=minutes]").size(), "one per unpaused student");
        assertTrue(page.select("form.mute-form label").eachText().contains("Pause Ana's posting for"));
        String back = page.select("form.mute-form input[name=back]").attr("value");
        Response paused = teacher.browser().submit(roster, classPath() + "/students/" + ana.id() + "/mute",
                Map.of("minutes", "10", "back", back));
        assertEquals(303, paused.statusCode());
        assertTrue(paused.header("Location").endsWith(roster), paused.header("Location"));
        assertNotNull(fixtures.enrollment(c.id(), ana.id()).mutedUntil);
        assertEquals(1, teacher.browser().page(roster).select("form.mute-form select[name=minutes]").size());
    }

    @Test
    void teacherDiscussionHasOneModerateDisclosurePerPost() {
        postFirst(false);
        answer(ana, "Ana's answer");
        answer(ben, "Ben's answer");
        teacher.browser().submit(q1, q1 + "/posts", Map.of("body", "From the teacher", "key", "" + UUID.randomUUID()));
        Document page = teacher.browser().page(q1);
        assertEquals(2, page.select("details.moderate").size(), "not under the teacher's own post");
        for (Element details : page.select("details.moderate")) {
            assertTrue(details.selectFirst("summary").text().startsWith("Moderate"));
            String buttons = details.select("button").eachText().toString();
            for (String label : new String[] { "Hide", "Remove", "Teacher's pick", "Pause" }) {
                assertTrue(buttons.contains(label), label + " in " + buttons);
            }
            assertNotNull(details.selectFirst("select[name=minutes]"));
        }
        assertTrue(page.select("input[name=reason]").stream().allMatch(i -> !i.parents().select("details").isEmpty()),
                "no Reason box outside a disclosure");
    }

    @Test
    void removeFromTheDiscussionPage() {
        postFirst(false);
        long id = answer(ana, "Off the rails");
        Element details = teacher.browser().page(q1).selectFirst("#post-" + id + " details.moderate");
        String back = details.select("input[name=back]").attr("value");
        Response removed = teacher.browser().submit(q1, classPath() + "/posts/" + id + "/remove",
                Map.of("reason", "spam", "back", back));
        assertEquals(303, removed.statusCode());
        assertTrue(removed.header("Location").endsWith("#post-" + id), removed.header("Location"));
        assertEquals(PostStatus.REMOVED, fixtures.find(id).status);
    }

    @Test
    void pauseFromTheDiscussionPageReturnsToThePost() {
        postFirst(false);
        long id = answer(ana, "Loud");
        Element form = teacher.browser().page(q1).selectFirst("#post-" + id + " form.mute-form");
        Response paused = teacher.browser().submit(q1, form.attr("action"),
                Map.of("minutes", "60", "back", form.select("input[name=back]").attr("value")));
        assertEquals(303, paused.statusCode());
        assertTrue(paused.header("Location").endsWith("#post-" + id), paused.header("Location"));
        assertNotNull(fixtures.enrollment(c.id(), ana.id()).mutedUntil);
    }

    @Test
    void lockFromOverviewReturnsToOverview() {
        Response locked = teacher.browser().submit(classPath(), lock("lock"), Map.of("back", classPath()));
        assertEquals(303, locked.statusCode());
        assertTrue(locked.header("Location").endsWith(classPath()), locked.header("Location"));
    }

    @Test
    void lockFromDiscussionReturnsToDiscussion() {
        Response locked = teacher.browser().submit(q1, lock("lock"), Map.of("back", q1));
        assertTrue(locked.header("Location").endsWith(q1), locked.header("Location"));
        Response unlocked = teacher.browser().submit(q1, lock("unlock"), Map.of("back", q1));
        assertTrue(unlocked.header("Location").endsWith(q1), unlocked.header("Location"));
    }

    @Test
    void auditNamesTheDiscussionForLock() {
        teacher.browser().submit(classPath(), lock("lock"), Map.of("back", classPath()));
        Document log = teacher.browser().page(classPath() + "/audit");
        Element link = log.selectFirst("tbody tr a[href$=/discussions/" + c.discussions().get(0) + "]");
        assertNotNull(link, log.select("tbody").html());
        assertTrue(link.text().startsWith("Question 1: "), link.text());
        String csv = teacher.browser().get(classPath() + "/audit.csv").asString();
        assertTrue(csv.lines().findFirst().orElseThrow().contains("Discussion id"), csv);
        assertTrue(csv.contains("Question 1: "), csv);
    }

    @Test
    void aLivePostReachesTheTeacherWithItsModerateDisclosure() throws Exception {
        postFirst(false);
        String token = CsrfMask.unmask(teacher.browser().csrfToken(q1));
        try (SseClient stream = SseClient.opened(q1 + "/events", teacher.browser().cookie("rt_session"))) {
            long id = answer(ana, "Arriving live");
            SseClient.Event event = stream.next("post", Duration.ofSeconds(5));
            assertNotNull(event);
            assertEquals(id, event.json().getLong("id"));
            Document live = Jsoup.parseBodyFragment(event.json().getString("html"));
            Element details = live.selectFirst("details.moderate");
            assertNotNull(details, live.html());
            String buttons = details.select("button").eachText().toString();
            for (String label : new String[] { "Hide", "Remove", "Teacher's pick", "Pause" }) {
                assertTrue(buttons.contains(label), label + " in " + buttons);
            }
            assertTrue(details.select("input[name=csrf-token]").eachAttr("value").stream().map(CsrfMask::unmask)
                    .allMatch(token::equals),
                    "every live form carries the teacher's own token");
        }
    }
}
