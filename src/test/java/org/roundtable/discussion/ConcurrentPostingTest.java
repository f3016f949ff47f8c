package org.roundtable.discussion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.roundtable.support.AtOnce;
import org.roundtable.support.Crowd;
import org.roundtable.support.Fixtures;
import org.roundtable.support.FreshData;
import org.roundtable.support.People;

import io.quarkus.test.junit.QuarkusTest;

/** A class posting at once: 50 students, 20 posts each, exactly 1,000 posts and no server error. */
@QuarkusTest
class ConcurrentPostingTest extends FreshData {

    static final int STUDENTS = 50;
    static final int POSTS_EACH = 20;

    @Test
    void fiftyStudentsPostingTwentyTimesEachAtOnceStoreExactlyOneThousandPosts() throws Exception {
        Fixtures.TestClass c = fixtures.createClass("Busy", 0);
        fixtures.configure(c.id(), k -> k.postFirst = false);
        String discussion = c.discussionPath(1);
        Crowd students = Crowd.ready(IntStream.range(0, STUDENTS)
                .mapToObj(i -> People.student(fixtures, c.id(), "Student " + i).browser()).toList(), discussion);
        ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
        AtOnce.run(STUDENTS, student -> {
            for (int n = 0; n < POSTS_EACH; n++) {
                int status = students.post(student, discussion + "/posts", Map.of("body",
                        "student " + student + " post " + n, "key", UUID.randomUUID().toString())).statusCode();
                if (status != 303) {
                    problems.add("student " + student + " post " + n + " → " + status);
                }
            }
        }, Duration.ofMinutes(5));
        assertEquals(List.of(), List.copyOf(problems));
        assertEquals(STUDENTS * POSTS_EACH, fixtures.count(Post.class));
        assertEquals(STUDENTS * POSTS_EACH, fixtures.discussion(c.discussions().get(0)).answerCount,
                "the counter kept up with every concurrent post");
    }
}
