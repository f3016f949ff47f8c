package org.roundtable.discussion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.roundtable.support.SseClient.WAIT;

import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.account.Account;
import org.roundtable.support.ClassWithStudents;
import org.roundtable.support.People.Person;
import org.roundtable.support.SseClient;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The name classmates see on a post follows what its author agreed to when writing it: a post
 * written under a pseudonym keeps it on every page, live, on the flag page and in "replying to",
 * after the author is removed and after the class turns anonymity off. The teacher sees real names.
 */
@QuarkusTest
class PseudonymTest extends ClassWithStudents {

    String anaPseudonym;

    PseudonymTest() {
        super("names", "Names", "Ana Real", "Ben Real");
        everyoneSeesEveryPost();
    }

    @BeforeEach
    void setUp() {
        anaPseudonym = fixtures.enrollment(c.id(), ana.id()).pseudonym;
        // The account's own name may differ from the name Ana chose in this class: neither may leak.
        QuarkusTransaction.requiringNew().run(() -> Account.<Account>findById(ana.id()).displayName = "Ana Account");
    }

    @Test
    void aPostWrittenUnderAPseudonymKeepsItAfterItsAuthorIsRemoved() throws Exception {
        anonymous(true);
        long answer = write(ana, null, "Written under a pseudonym");
        long reply = write(ben, answer, "Ben answers Ana");
        removeKeepingPosts(ana);

        Document page = ben.browser().page(q1);
        assertEquals(anaPseudonym, author(page, answer));
        assertTrue(page.select("#post-" + reply + " .author").text().contains("replying to " + anaPseudonym));
        assertNoRealName(page.text());
        assertEquals(anaPseudonym, flagPageName(answer));
        assertEquals("Ana Real", author(teacher.browser().page(q1), answer), "the teacher sees the real name");
        assertLiveName(answer, anaPseudonym);
    }

    @Test
    void turningAnonymityOffKeepsThePseudonymOnPostsWrittenUnderIt() throws Exception {
        anonymous(true);
        long old = write(ana, null, "Written while the class was anonymous");
        anonymous(false);
        long later = write(ana, old, "Written under my name");

        Document page = ben.browser().page(q1);
        assertEquals(anaPseudonym, author(page, old));
        assertTrue(page.select("#post-" + later + " .author").text().startsWith("Ana Real"));
        assertTrue(page.select("#post-" + later + " .author").text().contains("replying to " + anaPseudonym));
        assertEquals(anaPseudonym, flagPageName(old));
        assertEquals("Ana Real", flagPageName(later));
        assertEquals("Ana Real", author(teacher.browser().page(q1), old));
        assertLiveName(old, anaPseudonym);
    }

    @Test
    void aPostWrittenUnderTheRealNameShowsThePseudonymOnceTheClassTurnsAnonymous() throws Exception {
        long answer = write(ana, null, "Written under my name");
        anonymous(true);
        Document page = ben.browser().page(q1);
        assertEquals(anaPseudonym, author(page, answer));
        assertNoRealName(page.text());
        assertEquals(anaPseudonym, flagPageName(answer));
        assertEquals("Ana Real", author(teacher.browser().page(q1), answer));
        assertLiveName(answer, anaPseudonym);
    }

    @Test
    void aRemovedStudentsPostsShowTheNameTheyWroteUnderNeverTheirAccountsName() throws Exception {
        long answer = write(ana, null, "Written under my name");
        long reply = write(ben, answer, "Ben answers Ana");
        removeKeepingPosts(ana);
        Document page = ben.browser().page(q1);
        assertEquals("Ana Real", author(page, answer));
        assertTrue(page.select("#post-" + reply + " .author").text().contains("replying to Ana Real"));
        assertFalse(page.text().contains("Ana Account"));
        assertEquals("Ana Real", flagPageName(answer));
        assertLiveName(answer, "Ana Real");
        anonymous(true);
        assertEquals(anaPseudonym, author(ben.browser().page(q1), answer), "more private is always allowed");
    }

    // ------------------------------------------------------------------------------------------------ helpers

    void removeKeepingPosts(Person student) {
        String remove = "/teach/classes/" + c.id() + "/students/" + student.id() + "/remove";
        assertEquals(303, teacher.browser().submit(remove, remove, Map.of()).statusCode());
        assertEquals(null, fixtures.enrollment(c.id(), student.id()), "the enrollment is gone");
    }

    static String author(Document page, long postId) {
        return page.select("#post-" + postId + " > .post-content .author").first().ownText();
    }

    String flagPageName(long postId) {
        return ben.browser().page(q1 + "/posts/" + postId + "/flag").select("main strong").first().text();
    }

    void assertNoRealName(String text) {
        assertFalse(text.contains("Ana Real"), "no real name behind a pseudonym");
        assertFalse(text.contains("Ana Account"), "no account name behind a pseudonym");
    }

    /** The teacher marks the post as a pick: Ben's open stream receives it with the name he may see. */
    void assertLiveName(long postId, String expected) throws Exception {
        try (SseClient stream = live(ben)) {
            act(postId, "endorse", Map.of("back", q1));
            SseClient.Event event = stream.next("post", WAIT);
            assertNotNull(event, "the change reaches Ben's stream");
            assertTrue(event.data().contains("\"id\":" + postId), event.data());
            assertEquals(expected, liveHtml(event).select(".author").first().ownText());
            if (!expected.startsWith("Ana")) {
                assertNoRealName(event.data());
            }
            assertFalse(event.data().contains("Ana Account"));
        }
    }

    static Document liveHtml(SseClient.Event event) {
        return Jsoup.parseBodyFragment(event.json().getString("html"));
    }
}
