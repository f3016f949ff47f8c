package org.roundtable.discussion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.support.ClassWithStudents;
import org.roundtable.support.People.Person;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The citations the article page shows are kept as posts change, equal after every write to a count of the
 * class's posts, and read by the page: each write path below, through the forms the app serves.
 */
@QuarkusTest
class SectionCitationsTest extends ClassWithStudents {

    long first;
    long second;

    SectionCitationsTest() {
        super("citations.teacher", "Citing class", "Ana", "Ben", "Cy");
        everyoneSeesEveryPost();
    }

    @BeforeEach
    void sections() {
        first = c.sections().get(0);
        second = c.sections().get(1);
    }

    @Test
    void anAnswerCitingASectionCountsOnceAndMovesWhenItsSectionIsEdited() {
        long id = cite(ana, first);
        assertKept(Map.of(first, 1L));
        String edit = q1 + "/posts/" + id + "/edit";
        assertEquals(303, ana.browser().submit(edit, edit, Map.of("body", "now the other section",
                "sectionId", String.valueOf(second))).statusCode());
        assertKept(Map.of(second, 1L));
        assertEquals(303, ana.browser().submit(edit, edit, Map.of("body", "no section at all")).statusCode());
        assertKept(Map.of());
    }

    @Test
    void hiddenRemovedAndDeletedPostsLeaveTheCountAndARestoredOneComesBack() {
        long hidden = cite(ana, first);
        long removed = cite(ben, first);
        long deleted = cite(cy, first);
        assertKept(Map.of(first, 3L));
        assertEquals(303, act(hidden, "hide", Map.of("reason", "off topic")).statusCode());
        assertKept(Map.of(first, 2L));
        assertEquals(303, act(hidden, "restore").statusCode());
        assertKept(Map.of(first, 3L));
        assertEquals(303, act(removed, "remove", Map.of("reason", "rude")).statusCode());
        String delete = q1 + "/posts/" + deleted + "/delete";
        assertEquals(303, cy.browser().submit(delete, delete, Map.of()).statusCode());
        assertKept(Map.of(first, 1L));
    }

    @Test
    void aWaitingAnswerCountsOnlyOnceApproved() {
        fixtures.configure(c.id(), k -> k.preModeration = true);
        long waiting = cite(ana, first);
        assertKept(Map.of());
        assertEquals(303, act(waiting, "approve").statusCode());
        assertKept(Map.of(first, 1L));
    }

    @Test
    void removingAStudentWithTheirPostsCountsTheClassAgain() {
        cite(ana, first);
        cite(ben, first);
        cite(ben, second);
        String remove = "/teach/classes/" + c.id() + "/students/" + ben.id() + "/remove";
        assertEquals(303, teacher.browser().submit(remove, remove, Map.of("deletePosts", "on")).statusCode());
        assertKept(Map.of(first, 1L));
    }

    @Test
    void studentsCitingTheSameSectionAtOnceAreAllCounted() throws Exception {
        List<Person> writers = List.of(ana, ben, cy);
        List<Callable<Long>> posts = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Person writer = writers.get(i % writers.size());
            long section = i % 2 == 0 ? first : second;
            posts.add(() -> cite(writer, section));
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            for (Future<Long> post : pool.invokeAll(posts)) {
                post.get();
            }
        } finally {
            pool.shutdown();
        }
        assertKept(Map.of(first, 6L, second, 6L));
    }

    /** An answer to the first question citing {@code section}, through the form. */
    private long cite(Person person, long section) {
        String body = "Section " + section + " says so " + UUID.randomUUID();
        var response = person.browser().submit(q1, q1 + "/posts", Map.of("body", body, "sectionId",
                String.valueOf(section), "key", UUID.randomUUID().toString()));
        assertEquals(303, response.statusCode());
        String location = response.header("Location");
        return Long.parseLong(location.substring(location.indexOf("#post-") + 6));
    }

    /** The kept counts are {@code expected}, as a count of the posts finds them, and the article page shows them. */
    private void assertKept(Map<Long, Long> expected) {
        Map<Long, Long> stored = QuarkusTransaction.requiringNew().call(() -> SectionCitations.stored(c.id()));
        Map<Long, Long> counted = QuarkusTransaction.requiringNew().call(() -> SectionCitations.counted(c.id()));
        assertEquals(expected, counted, "the posts count as expected");
        assertEquals(counted, stored, "the kept counts equal a count of the posts");
        Map<Long, Long> shown = new HashMap<>();
        Elements contents = ana.browser().page("/classes/" + c.id() + "/articles/" + c.articleId())
                .select("nav.toc li");
        for (int i = 0; i < contents.size(); i++) {
            Element count = contents.get(i).selectFirst(".citation-count");
            if (count != null) {
                shown.put(c.sections().get(i), Long.parseLong(count.text().replaceAll("\\D", "")));
            }
        }
        assertEquals(expected, shown, "the article page's contents show the kept counts");
    }
}
