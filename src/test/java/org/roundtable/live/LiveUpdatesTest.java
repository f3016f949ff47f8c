package org.roundtable.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.roundtable.support.SseClient.WAIT;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.roundtable.support.ClassWithStudents;
import org.roundtable.support.Fixtures;
import org.roundtable.support.People;
import org.roundtable.support.People.Person;
import org.roundtable.support.SseClient;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The live stream follows the page's rules for each reader: post first, pre-moderation,
 * hidden posts and pseudonyms. Nothing a reader may not see ever reaches their stream.
 */
@QuarkusTest
class LiveUpdatesTest extends ClassWithStudents {

    static final Duration QUIET = Duration.ofMillis(1500);

    LiveUpdatesTest() {
        super("live", "Live", "Ana Real", "Ben Real", "Cleo Real");
    }

    static Document html(SseClient.Event event) {
        return Jsoup.parseBodyFragment(event.json().getString("html"));
    }

    @Test
    void aNewAnswerReachesClassmatesWhoMaySeeItAndNobodyElse() throws Exception {
        answer(ana, "Ana answered first");
        try (SseClient anaStream = live(ana);
                SseClient benStream = live(ben);
                SseClient teacherStream = live(teacher)) {
            long id = answer(cy, "Cleo's fresh answer");
            SseClient.Event toAna = anaStream.next("post", WAIT);
            assertNotNull(toAna, "Ana has answered: she sees classmates");
            assertEquals(id, toAna.json().getLong("id"));
            assertEquals("Cleo's fresh answer", html(toAna).select(".post-body").text());
            assertNotNull(teacherStream.next("post", WAIT));
            List<SseClient.Event> toBen = benStream.collect(QUIET);
            assertTrue(toBen.stream().noneMatch(e -> e.name().equals("post")),
                    "Ben has not answered: post first keeps classmates' posts from him");
        }
    }

    @Test
    void eachReaderHearsANewPostInTheLanguageTheyRead() throws Exception {
        answer(ana, "Ana answered first");
        answer(ben, "Ben answered first");
        SseClient anaInUkrainian = new SseClient("http://localhost:" + io.restassured.RestAssured.port, q1 + "/events",
                Map.of("rt_session", ana.browser().cookie("rt_session"), "rt_lang", "uk"));
        try (anaInUkrainian; SseClient benStream = live(ben)) {
            assertEquals(200, anaInUkrainian.status());
            anaInUkrainian.awaitReady();
            answer(cy, "Cleo's answer for both");
            Document toAna = html(anaInUkrainian.next("post", WAIT));
            Document toBen = html(benStream.next("post", WAIT));
            assertEquals("Cleo's answer for both", toAna.select(".post-body").text());
            assertTrue(toAna.text().contains("Відповісти"), toAna.text());
            assertFalse(toAna.text().contains("Reply"), toAna.text());
            assertTrue(toBen.text().contains("Reply"), toBen.text());
        }
    }

    @Test
    void pendingPostsReachOnlyTheTeacher() throws Exception {
        fixtures.configure(c.id(), k -> k.preModeration = true);
        fixtures.configure(c.id(), k -> k.postFirst = false);
        try (SseClient anaStream = live(ana); SseClient teacherStream = live(teacher)) {
            answer(ben, "Waiting for approval");
            SseClient.Event toTeacher = teacherStream.next("post", WAIT);
            assertNotNull(toTeacher);
            assertTrue(html(toTeacher).text().contains("Waiting for your approval"));
            List<SseClient.Event> toAna = anaStream.collect(QUIET);
            assertTrue(toAna.stream().noneMatch(e -> e.data().contains("Waiting for approval")));
            assertTrue(toAna.stream().noneMatch(e -> e.name().equals("post")));
        }
    }

    @Test
    void aHiddenPostBecomesAPlaceholderWithoutItsWords() throws Exception {
        fixtures.configure(c.id(), k -> k.postFirst = false);
        long id = answer(ben, "Something to hide");
        try (SseClient anaStream = live(ana)) {
            act(id, "hide", Map.of("reason", "secret reason"));
            SseClient.Event event = anaStream.next("post", WAIT);
            assertNotNull(event);
            assertFalse(event.json().getBoolean("visible"));
            assertEquals("Hidden post", html(event).select(".placeholder-text").text());
            assertFalse(event.data().contains("Something to hide"));
            assertFalse(event.data().contains("secret reason"));
            assertFalse(event.data().contains("Ben Real"));
        }
    }

    @Test
    void anonymousClassesStreamPseudonymsToClassmatesAndRealNamesToTheTeacher() throws Exception {
        fixtures.configure(c.id(), k -> {
            k.anonymous = true;
            k.postFirst = false;
        });
        try (SseClient anaStream = live(ana); SseClient teacherStream = live(teacher)) {
            answer(ben, "Anonymous thoughts");
            SseClient.Event toAna = anaStream.next("post", WAIT);
            assertNotNull(toAna);
            assertFalse(toAna.data().contains("Ben Real"), "no real name behind a pseudonym");
            assertTrue(html(toAna).select(".author").text().startsWith("Pseudo"));
            SseClient.Event toTeacher = teacherStream.next("post", WAIT);
            assertEquals("Ben Real", html(toTeacher).select(".author").text());
        }
    }

    @Test
    void turningAnonymityOnEndsOpenStreamsSoNoRealNameIsStreamedAfterwards() throws Exception {
        fixtures.configure(c.id(), k -> k.postFirst = false);
        try (SseClient anaStream = live(ana)) {
            String settings = "/teach/classes/" + c.id() + "/settings";
            assertEquals(303, teacher.browser().submit(settings, settings, Map.of("name", "Live", "anonymous", "on",
                    "editWindowMinutes", "30", "slowModeSeconds", "0")).statusCode());
            assertNotNull(anaStream.next("settings", WAIT), "the page hears that the class's settings changed");
            assertTrue(anaStream.endsWithin(WAIT), "and its stream ends, to be opened again under them");
            answer(ben, "Written once the class is anonymous");
            assertTrue(anaStream.collect(QUIET).stream().noneMatch(e -> e.data().contains("Ben Real")));
        }
        try (SseClient reopened = live(ana)) {
            answer(ben, "Streamed under a pseudonym");
            SseClient.Event event = reopened.next("post", WAIT);
            assertNotNull(event);
            assertFalse(event.data().contains("Ben Real"));
        }
    }

    @Test
    void aStreamOpenedUnderOtherSettingsIsNeverSentAPostUnderThem() throws Exception {
        fixtures.configure(c.id(), k -> k.postFirst = false);
        try (SseClient anaStream = live(ana)) {
            // Changed behind the settings page's back: only the post's own delivery can notice.
            fixtures.configure(c.id(), k -> k.anonymous = true);
            answer(ben, "Anonymous now");
            List<SseClient.Event> events = anaStream.collect(QUIET);
            assertTrue(events.stream().noneMatch(e -> e.data().contains("Ben Real")), "no real name");
            assertTrue(events.stream().anyMatch(e -> e.name().equals("settings")));
            assertTrue(anaStream.endsWithin(WAIT));
        }
    }

    @Test
    void aReplyCarriesItsPlaceInTheThread() throws Exception {
        fixtures.configure(c.id(), k -> k.postFirst = false);
        long root = answer(ana, "root");
        try (SseClient anaStream = live(ana)) {
            Response reply = ben.browser().submit(q1, q1 + "/posts",
                    Map.of("body", "a reply", "parentId", String.valueOf(root), "key", UUID.randomUUID().toString()));
            assertEquals(303, reply.statusCode());
            SseClient.Event event = anaStream.next("post", WAIT);
            assertEquals(root, event.json().getLong("parent"));
            assertEquals(1, event.json().getInteger("depth"));
            assertTrue(html(event).selectFirst("li").hasClass("depth-1"));
        }
    }

    @Test
    void theModerationQueueHearsOfWaitingPosts() throws Exception {
        fixtures.configure(c.id(), k -> k.preModeration = true);
        try (SseClient queue = SseClient.opened(moderation + "/events", teacher.browser().cookie("rt_session"))) {
            answer(ana, "Please approve me");
            assertNotNull(queue.next("queue", WAIT), "a waiting post is announced");
            assertFalse(queue.collect(QUIET).stream().anyMatch(e -> e.data().contains("Please approve me")),
                    "the queue stream says only that something changed");
        }
    }

    @Test
    void strangersCannotOpenAStream() throws Exception {
        Fixtures.TestClass other = fixtures.createClass("Other", 0);
        Person outsider = People.student(fixtures, other.id(), "Olu");
        try (SseClient stream = SseClient.toApp(q1 + "/events", outsider.browser().cookie("rt_session"))) {
            assertEquals(403, stream.status());
            assertNull(stream.next("ready", Duration.ofMillis(500)));
        }
    }
}
