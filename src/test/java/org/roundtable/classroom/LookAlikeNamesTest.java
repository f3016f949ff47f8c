package org.roundtable.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.account.Names;
import org.roundtable.support.Browser;
import org.roundtable.support.Fixtures;
import org.roundtable.support.FreshData;
import org.roundtable.support.People;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Nobody can take a name that reads like a classmate's, a teacher's username or slip a hidden
 * character into a class name; coming back finds the student by the same comparison.
 */
@QuarkusTest
class LookAlikeNamesTest extends FreshData {

    Fixtures.TestClass c;

    @BeforeEach
    void setUp() {
        c = fixtures.createClass("Period 3", 0);
    }

    Response join(String name) {
        return new Browser().submit("/join", "/join", Map.of("code", c.code(), "name", name));
    }

    static String nameError(Response response) {
        return Browser.html(response).select("#name-error").text();
    }

    @Test
    void aNameThatReadsLikeAClassmatesIsRefused() {
        assertEquals(303, join("Sam Lee").statusCode());
        for (String copy : new String[] { "SAM LEE", "Sam\u00A0Lee", "Sam \u2003Lee", "Sarn Lee", "Ｓａｍ Ｌｅｅ" }) {
            Response refused = join(copy);
            assertEquals(400, refused.statusCode(), copy);
            assertTrue(nameError(refused).contains("looks too much like a classmate's"), copy);
            assertEquals(copy, Browser.html(refused).select("#name").val(), "what was typed is kept");
        }
        assertEquals(303, join("pop").statusCode());
        assertTrue(nameError(join("\u0440\u043E\u0440")).contains("looks too much like"), "Cyrillic рор for pop");
    }

    @Test
    void hiddenCharactersAndMixedAlphabetsAreRefusedWithAClearMessage() {
        assertTrue(nameError(join("Sa\u200Dm")).contains("hidden character"));
        assertTrue(nameError(join("Sam\u2060")).contains("hidden character"));
        assertTrue(nameError(join("\u3164")).contains("hidden character"));
        assertTrue(nameError(join("S\u0430m")).contains("Use letters from one alphabet"));
        assertEquals(303, join("Олена").statusCode(), "a name wholly in Cyrillic is welcome");
        assertEquals(303, join("Zoë O'Brien").statusCode());
    }

    @Test
    void comingBackFindsTheStudentByTheSameComparison() {
        long sam = fixtures.enrol(c.id(), "Sam Lee", "ABCD-EFGH");
        Response back = new Browser().submit("/return", "/return",
                Map.of("code", c.code(), "name", "sam\u00A0 LEE", "returnCode", "ABCD-EFGH"));
        assertEquals(303, back.statusCode());
        assertEquals("/classes/" + c.id(), java.net.URI.create(back.header("Location")).getPath());
        assertTrue(sam > 0);
    }

    @Test
    void aStudentWhoseOldNameBreaksTodaysRulesCanStillComeBack() {
        fixtures.enrol(c.id(), "Mia \u2764\uFE0F", "ABCD-EFGH"); // a heart with its emoji selector
        Response back = new Browser().submit("/return", "/return",
                Map.of("code", c.code(), "name", "Mia \u2764\uFE0F", "returnCode", "ABCD-EFGH"));
        assertEquals(303, back.statusCode());
    }

    @Test
    void startupBringsOldKeysUpToDateAndNumbersLookAlikesThatAlreadyShareAClass() {
        long sam = fixtures.enrol(c.id(), "Sam", "ABCD-EFGH");
        long copy = fixtures.enrol(c.id(), "Cleo", "ABCD-EFGH");
        QuarkusTransaction.requiringNew().run(() -> {
            // As the old rule stored them: lower-cased names, which let a Cyrillic look-alike in.
            Enrollment.update("nameKey = 'sam' where account.id = ?1", sam);
            Enrollment.update("displayName = ?1, nameKey = ?2 where account.id = ?3", "\u0405\u0430m", "\u0455\u0430m",
                    copy);
        });
        assertEquals(2, QuarkusTransaction.requiringNew().call(NameKeys::rekey));
        assertEquals(0, QuarkusTransaction.requiringNew().call(NameKeys::rekey), "nothing left to do");
        assertEquals(Names.key("Sam"), fixtures.enrollment(c.id(), sam).nameKey);
        assertEquals("Sam", fixtures.enrollment(c.id(), sam).displayName, "the first to join keeps the name");
        assertEquals("\u0405\u0430m 2", fixtures.enrollment(c.id(), copy).displayName);
        assertNotEquals(fixtures.enrollment(c.id(), sam).nameKey, fixtures.enrollment(c.id(), copy).nameKey);
        assertTrue(nameError(join("sam")).contains("looks too much like"));
    }

    @Test
    void teachersUsernamesAndDisplayNamesFollowTheSameRule() {
        long adminId = fixtures.teacher("boss", "admin password, long", true);
        fixtures.teacher("jsmith", "teacher password, long", false);
        Browser admin = People.signedIn(fixtures, adminId).browser();
        String page = "/admin/teachers";
        Response lookAlike = admin.submit(page, page, Map.of("username", "jsrnith", "displayName", "J Smyth"));
        assertTrue(Browser.refused(lookAlike).select("#username-error").text().contains("looks too much like jsmith"));
        Response mixed = admin.submit(page, page, Map.of("username", "rivera", "displayName", "Ms Riv\u0435ra"));
        assertTrue(Browser.html(mixed).select("#displayName-error").text().contains("one alphabet"));
        Response hidden = admin.submit(page, page, Map.of("username", "rivera", "displayName", "Ms\u00ADRivera"));
        assertTrue(Browser.html(hidden).select("#displayName-error").text().contains("hidden character"));
        assertEquals(303, admin.submit(page, page, Map.of("username", "rivera", "displayName", "Пані Ольга"))
                .statusCode());
    }

    @Test
    void classNamesFollowTheSameRule() {
        long teacherId = fixtures.teacher("rivera", "teacher password, long", false);
        Browser teacher = People.signedIn(fixtures, teacherId).browser();
        Response mixed = teacher.submit("/teach/new-class", "/teach/classes",
                Map.of("name", "Period 3 \u2013 \u0421ivics"));
        assertEquals(400, mixed.statusCode());
        Response hidden = teacher.submit("/teach/new-class", "/teach/classes", Map.of("name", "Civics\u200B"));
        assertEquals(400, hidden.statusCode());
        Response fine = teacher.submit("/teach/new-class", "/teach/classes",
                Map.of("name", "Period\u00A03 \u2013  Civics"));
        assertEquals(303, fine.statusCode());
        Document dashboard = teacher.page("/teach");
        assertTrue(dashboard.text().contains("Period 3 \u2013 Civics"), "white space folded");
        assertFalse(dashboard.text().contains("\u00A0"));
    }
}
