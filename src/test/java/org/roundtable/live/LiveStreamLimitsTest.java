package org.roundtable.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.roundtable.support.SseClient.WAIT;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.account.CsrfMask;
import org.roundtable.notice.NoticePaths;
import org.roundtable.support.Browser;
import org.roundtable.support.Fixtures;
import org.roundtable.support.FreshData;
import org.roundtable.support.People;
import org.roundtable.support.People.Person;
import org.roundtable.support.SseClient;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;

/**
 * Live streams are limited per session and per address, with a plain refusal (429), and
 * a post is rendered once per audience of readers, not once per stream — each reader's
 * forms still carrying their own CSRF token.
 */
@QuarkusTest
class LiveStreamLimitsTest extends FreshData {

    @Inject
    MeterRegistry metrics;

    Fixtures.TestClass c;
    Person teacher;
    String q1;
    final List<SseClient> opened = new ArrayList<>();

    @BeforeEach
    void setUp() {
        teacher = People.teacher(fixtures, "limits");
        c = fixtures.createClass("Limits", 0, teacher.id());
        fixtures.configure(c.id(), k -> k.postFirst = false);
        q1 = c.discussionPath(1);
    }

    @AfterEach
    void closeStreams() {
        opened.forEach(SseClient::close);
    }

    SseClient stream(String path, Map<String, String> cookies) {
        SseClient client = new SseClient("http://localhost:" + RestAssured.port, path, cookies);
        opened.add(client);
        return client;
    }

    SseClient stream(Person person) {
        return stream(q1 + "/events", Map.of("rt_session", person.browser().cookie("rt_session")));
    }

    /** The stream of the header's unread count, which every page of the person's opens. */
    SseClient notices(Person person) {
        return stream(NoticePaths.EVENTS, Map.of("rt_session", person.browser().cookie("rt_session")));
    }

    SseClient ready(SseClient client) throws Exception {
        assertEquals(200, client.status());
        client.awaitReady();
        return client;
    }

    @Test
    void aSessionHoldsTenStreamsAndTheEleventhIsRefusedPlainly() throws Exception {
        Person ana = People.student(fixtures, c.id(), "Ana Limit");
        List<SseClient> ten = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ten.add(ready(stream(ana)));
            ten.add(ready(notices(ana)));
        }
        assertEquals(429, stream(ana).status(), "an eleventh stream for one session: five discussion tabs are ten");
        assertEquals(429, notices(ana).status(), "notice streams count too");
        Person ben = People.student(fixtures, c.id(), "Ben Limit");
        ready(stream(ben));

        ten.get(0).close();
        long deadline = System.nanoTime() + WAIT.toNanos();
        int status;
        do {
            Thread.sleep(100);
            status = stream(ana).status();
        } while (status != 200 && System.nanoTime() < deadline);
        assertEquals(200, status, "a closed tab frees its place");
    }

    @Test
    void oneAddressHoldsAClassroomsWorthOfStreams() throws Exception {
        List<Person> students = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            students.add(People.student(fixtures, c.id(), "Student " + i));
        }
        for (Person student : students) {
            for (int tab = 0; tab < 10; tab++) {
                ready(stream(student));
            }
        }
        Person late = People.student(fixtures, c.id(), "Late Student");
        assertEquals(429, stream(late).status(), "the 121st stream from one address");
        assertEquals(429, stream("/teach/classes/" + c.id() + "/moderation/events",
                Map.of("rt_session", teacher.browser().cookie("rt_session"))).status(), "queues count too");
    }

    @Test
    void aPostIsRenderedOncePerAudienceNotOncePerStream() throws Exception {
        Person author = People.student(fixtures, c.id(), "Author");
        List<SseClient> classmates = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            classmates.add(ready(stream(People.student(fixtures, c.id(), "Reader " + i))));
        }
        SseClient own = ready(stream(author));
        SseClient teacherStream = ready(stream(teacher));
        double before = renderings();

        assertEquals(303, author.browser().submit(q1, q1 + "/posts",
                Map.of("body", "Once for all", "key", UUID.randomUUID().toString())).statusCode());
        for (SseClient classmate : classmates) {
            assertNotNull(classmate.next("post", WAIT), "every classmate hears of it");
        }
        assertNotNull(own.next("post", WAIT));
        assertNotNull(teacherStream.next("post", WAIT));
        assertEquals(3, renderings() - before, "classmates, the author, the teacher: three audiences for ten streams");
    }

    @Test
    void sharedRenderingsCarryEachReadersOwnToken() throws Exception {
        Person author = People.student(fixtures, c.id(), "Author");
        Browser laptop = teacher.browser();
        Browser tablet = People.signedIn(fixtures, teacher.id()).browser();
        String laptopToken = CsrfMask.unmask(laptop.csrfToken(q1));
        String tabletToken = CsrfMask.unmask(tablet.csrfToken(q1));
        assertNotEquals(laptopToken, tabletToken);
        SseClient onLaptop = ready(stream(q1 + "/events", cookies(laptop)));
        SseClient onTablet = ready(stream(q1 + "/events", cookies(tablet)));

        assertEquals(303, author.browser().submit(q1, q1 + "/posts",
                Map.of("body", "Moderate me", "key", UUID.randomUUID().toString())).statusCode());
        assertEquals(List.of(laptopToken), tokens(onLaptop.next("post", WAIT)));
        assertEquals(List.of(tabletToken), tokens(onTablet.next("post", WAIT)));
    }

    static Map<String, String> cookies(Browser browser) {
        return Map.of("rt_session", browser.cookie("rt_session"), Browser.CSRF_COOKIE,
                browser.cookie(Browser.CSRF_COOKIE));
    }

    /** The distinct CSRF tokens that a post event's forms carry (masked, so unmasked to compare). */
    static List<String> tokens(SseClient.Event event) {
        assertNotNull(event);
        return LiveUpdatesTest.html(event).select("input[name=" + Browser.CSRF_FIELD + "]").eachAttr("value")
                .stream().map(CsrfMask::unmask).distinct().toList();
    }

    double renderings() {
        return metrics.counter("roundtable.live.renderings").count();
    }
}
