package org.roundtable.discussion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.roundtable.support.ClassWithStudents;
import org.roundtable.support.People.Person;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Each student's progress is kept as posts change, equal after every write to a count of the class's posts, and
 * the class home shows it: each write path below, through the forms the app serves.
 */
@QuarkusTest
class ProgressTallyTest extends ClassWithStudents {

    ProgressTallyTest() {
        super("progress.teacher", "Progress class", "Ana", "Ben", "Cy");
        everyoneSeesEveryPost();
    }

    @Test
    void repliesToOneClassmateCountOnceAndOwnRepliesNotAtAll() {
        long ben1 = answer(ben, "Ben's answer");
        long ana1 = answer(ana, "Ana's answer");
        long reply = write(ana, ben1, "first reply to Ben");
        write(ana, ben1, "second reply to Ben");
        write(ana, ana1, "a reply to myself");
        assertKept(Map.of(key(ana), List.of(1, 0, 1), key(ben), List.of(1, 0, 0)));
        assertEquals("answered", homeState(ana));

        String delete = q1 + "/posts/" + reply + "/delete";
        assertEquals(303, ana.browser().submit(delete, delete, Map.of()).statusCode());
        assertKept(Map.of(key(ana), List.of(1, 0, 1), key(ben), List.of(1, 0, 0)));
        long cyAnswer = answer(cy, "Cy's answer");
        long toCy = write(ana, cyAnswer, "a reply to Cy");
        assertKept(Map.of(key(ana), List.of(1, 0, 2), key(ben), List.of(1, 0, 0), key(cy), List.of(1, 0, 0)));
        assertEquals(303, act(toCy, "remove", Map.of("reason", "rude")).statusCode());
        assertKept(Map.of(key(ana), List.of(1, 0, 1), key(ben), List.of(1, 0, 0), key(cy), List.of(1, 0, 0)));
    }

    @Test
    void aWaitingAnswerIsWaitingUntilApprovedAndAHiddenOneNoAnswer() {
        fixtures.configure(c.id(), k -> k.preModeration = true);
        long waiting = answer(ana, "waiting for the teacher");
        assertKept(Map.of(key(ana), List.of(0, 1, 0)));
        assertEquals("started", homeState(ana));
        assertEquals(303, act(waiting, "approve").statusCode());
        assertKept(Map.of(key(ana), List.of(1, 0, 0)));
        assertEquals("answered", homeState(ana));
        assertEquals(303, act(waiting, "hide", Map.of("reason", "off topic")).statusCode());
        assertKept(Map.of());
        assertEquals("not-started", homeState(ana));
        assertEquals(303, act(waiting, "restore").statusCode());
        assertKept(Map.of(key(ana), List.of(1, 0, 0)));
    }

    @Test
    void removingAStudentWithTheirPostsCountsTheClassAgain() {
        long benAnswer = answer(ben, "Ben's answer");
        write(ana, benAnswer, "a reply to Ben");
        answer(ana, "Ana's answer");
        String remove = "/teach/classes/" + c.id() + "/students/" + ben.id() + "/remove";
        assertEquals(303, teacher.browser().submit(remove, remove, Map.of("deletePosts", "on")).statusCode());
        assertKept(Map.of(key(ana), List.of(1, 0, 0)));
    }

    @Test
    void repliesWrittenAtOnceAreAllCounted() throws Exception {
        long benAnswer = answer(ben, "Ben's answer");
        long cyAnswer = answer(cy, "Cy's answer");
        List<Callable<Long>> replies = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            long parent = i % 2 == 0 ? benAnswer : cyAnswer;
            String body = "reply " + i;
            replies.add(() -> i(body) % 3 == 0 ? write(ana, parent, body) : write(i(body) % 3 == 1 ? ben : cy,
                    i(body) % 3 == 1 ? cyAnswer : benAnswer, body));
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            for (Future<Long> reply : pool.invokeAll(replies)) {
                reply.get();
            }
        } finally {
            pool.shutdown();
        }
        assertKept(Map.of(key(ana), List.of(0, 0, 2), key(ben), List.of(1, 0, 1), key(cy), List.of(1, 0, 1)));
    }

    private static int i(String body) {
        return Integer.parseInt(body.substring("reply ".length()));
    }

    private String key(Person person) {
        return c.discussions().get(0) + "/" + person.id();
    }

    /** The first question's progress on the student's class home. */
    private String homeState(Person person) {
        return person.browser().page("/classes/" + c.id()).select("span.status").first().classNames().stream()
                .filter(name -> name.startsWith("status-")).findFirst().orElseThrow().substring("status-".length());
    }

    /** The kept rows are {@code expected}, as a count of the posts finds them. */
    private void assertKept(Map<String, List<Integer>> expected) {
        var stored = QuarkusTransaction.requiringNew().call(() -> ProgressTally.stored(c.id()));
        var counted = QuarkusTransaction.requiringNew().call(() -> ProgressTally.counted(c.id()));
        assertEquals(expected, counted, "the posts count as expected");
        assertEquals(counted, stored, "the kept rows equal a count of the posts");
    }
}
