package org.roundtable.discussion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.roundtable.support.Browser;
import org.roundtable.support.Fixtures;
import org.roundtable.support.FreshData;
import org.roundtable.support.MovableClock;
import org.roundtable.support.People;

import io.quarkus.test.junit.QuarkusTest;

/** A post's markup is kept for the next reader (PostItems), and still says how long ago it was written. */
@QuarkusTest
class KeptPostRendersTest extends FreshData {

    @Test
    void aKeptPostSaysHowLongAgoItWasWrittenAtEachReading() {
        Fixtures.TestClass testClass = fixtures.createClass("Period 5", 0);
        String q1 = testClass.discussionPath(1);
        Browser ana = People.student(fixtures, testClass.id(), "Ana").browser();
        Browser ben = People.student(fixtures, testClass.id(), "Ben").browser();
        long anas = answer(ana, q1, "Ana's answer");
        answer(ben, q1, "Ben's answer");

        assertEquals("just now", writtenAgo(ben.page(q1), anas));
        MovableClock.current().advance(Duration.ofMinutes(10));
        assertEquals("10 minutes ago", writtenAgo(ben.page(q1), anas));
        assertEquals("10 minutes ago", writtenAgo(ana.page(q1), anas), "and for its author, whose render is her own");
        MovableClock.current().advance(Duration.ofHours(3));
        assertEquals("3 hours ago", writtenAgo(ben.page(q1), anas));
    }

    @Test
    void postsOfDifferentAgesOnOnePageEachSayTheirOwn() {
        Fixtures.TestClass testClass = fixtures.createClass("Period 6", 0);
        String q1 = testClass.discussionPath(1);
        Browser ana = People.student(fixtures, testClass.id(), "Ana").browser();
        Browser ben = People.student(fixtures, testClass.id(), "Ben").browser();
        long anas = answer(ana, q1, "Ana's answer");
        MovableClock.current().advance(Duration.ofMinutes(3));
        long bens = answer(ben, q1, "Ben's answer");
        MovableClock.current().advance(Duration.ofHours(3));
        Browser cal = People.student(fixtures, testClass.id(), "Cal").browser();
        long cals = answer(cal, q1, "Cal's answer");
        MovableClock.current().advance(Duration.ofMinutes(3));

        Document page = cal.page(q1);
        assertEquals("3 hours ago", writtenAgo(page, anas), "3 hours 6 minutes, in hours");
        assertEquals("3 hours ago", writtenAgo(page, bens));
        assertEquals("3 minutes ago", writtenAgo(page, cals), "3 minutes, not the 3 of the hours");
        MovableClock.current().advance(Duration.ofDays(3));
        page = cal.page(q1);
        assertEquals("3 days ago", writtenAgo(page, anas));
        assertEquals("3 days ago", writtenAgo(page, cals));
    }

    private static long answer(Browser student, String discussion, String body) {
        String location = student.submit(discussion, discussion + "/posts",
                Map.of("body", body, "key", UUID.randomUUID().toString())).header("Location");
        return Long.parseLong(location.substring(location.indexOf("#post-") + 6));
    }

    /** The words of the post's time, without the exact time kept for screen readers. */
    private static String writtenAgo(Document page, long post) {
        return page.selectFirst("#post-" + post + " time").ownText();
    }
}
