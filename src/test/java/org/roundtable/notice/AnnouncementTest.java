package org.roundtable.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.roundtable.classroom.Announcement;
import org.roundtable.classroom.AnnouncementDismissal;
import org.roundtable.support.Browser;
import org.roundtable.support.People;
import org.roundtable.support.People.Person;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** A teacher's announcement: sanitised Markdown on the class home until dismissed, and in every student's notices. */
@QuarkusTest
class AnnouncementTest extends NoticeScene {

    String announcements() {
        return "/teach/classes/" + c.id() + "/announcements";
    }

    Response announce(String body) {
        return teacher.browser().submit(announcements(), announcements(), Map.of("body", body));
    }

    @Test
    void anAnnouncementStandsOnTheClassHomeUntilDismissedAndIsInEveryStudentsNotices() {
        assertEquals(303, announce("Read **section 2** before Friday. <script>alert(1)</script>").statusCode());

        String home = "/classes/" + c.id();
        Element shown = ana.browser().page(home).selectFirst(".announcement");
        assertNotNull(shown);
        assertEquals("section 2", shown.select("strong").text());
        assertTrue(shown.select("script").isEmpty(), "sanitised when written");
        assertTrue(only(ana, "Your teacher posted an announcement").text().contains("section 2"));
        assertTrue(any(ben, "Your teacher posted an announcement"));
        assertEquals(1, headerCount(ben));

        String dismiss = shown.selectFirst("form").attr("action");
        assertEquals(303, ana.browser().submit(home, dismiss, Map.of()).statusCode());
        assertNull(ana.browser().page(home).selectFirst(".announcement"), "dismissed: gone for Ana");
        assertNotNull(ben.browser().page(home).selectFirst(".announcement"), "still there for Ben");
        assertTrue(teacher.browser().page(announcements()).text().contains("section 2"), "the teacher's list");
    }

    @Test
    void anEmptyOrTooLongAnnouncementIsRefusedWithItsTextKept() {
        String tooLong = "x".repeat(Announcement.MAX_LENGTH + 1);
        Document refused = Browser.refused(announce(tooLong));
        assertEquals(tooLong, refused.select("#body").text());
        assertTrue(refused.select("#body-error").text().contains("under " + Announcement.MAX_LENGTH));
        assertEquals(400, announce("   ").statusCode());
        assertEquals(0, fixtures.count(Announcement.class));
    }

    @Test
    void aStudentCannotPostAnAnnouncementNorDismissAnotherClasssOne() {
        Response refused = ana.browser().submit("/classes/" + c.id(), announcements(), Map.of("body", "No school!"));
        assertEquals(403, refused.statusCode());
        assertEquals(0, fixtures.count(Announcement.class));

        assertEquals(303, announce("Quiz on Friday.").statusCode());
        String dismiss = ben.browser().page("/classes/" + c.id()).selectFirst(".announcement form").attr("action");
        long otherClass = fixtures.createClass("Other", 0, teacher.id()).id();
        Person outsider = People.student(fixtures, otherClass, "Cy");
        Response outside = outsider.browser().submit("/classes/" + otherClass, dismiss, Map.of());
        assertEquals(303, outside.statusCode(), "refused as every class page refuses a student of another class");
        assertFalse(outside.header("Location").contains("/classes/" + c.id()), outside.header("Location"));
        assertEquals(0, fixtures.count(AnnouncementDismissal.class));
        assertFalse(any(outsider, "announcement"), "nor told of it");
    }
}
