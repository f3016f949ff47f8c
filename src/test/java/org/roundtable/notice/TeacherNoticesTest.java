package org.roundtable.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.roundtable.classroom.Assignment;
import org.roundtable.support.MovableClock;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The teacher's notices (posts waiting, flags, replies to their posts) and the dashboard's last 24 hours. */
@QuarkusTest
class TeacherNoticesTest extends NoticeScene {

    @Test
    void aWaitingPostAFlagAndAReplyAreToldToTheTeacher() {
        postFirst(false);
        long teacherAnswer = write(teacher, null, "Here is how I see it.");
        preModeration(true);
        long waiting = write(ana, null, "Talks need trust.");
        preModeration(false);
        long benAnswer = write(ben, null, "Talks need a mediator.");
        String flag = q1 + "/posts/" + benAnswer + "/flag";
        assertEquals(303, ana.browser().submit(flag, flag, Map.of("reason", "UNKIND", "note", "")).statusCode());
        write(ben, teacherAnswer, "I see it another way.");

        Element waits = only(teacher, "waits for your approval");
        assertTrue(waits.text().contains("Ana Real wrote a post"), "the teacher sees real names");
        assertEquals(q1 + "#post-" + waiting, waits.selectFirst("a").attr("href"));
        assertTrue(any(teacher, "A post was flagged"));
        assertFalse(notices(teacher).stream().anyMatch(n -> n.text().contains("Ana Real") && n.text()
                .contains("flagged")), "the flagger is never named");
        assertTrue(any(teacher, "Ben Real replied to your post"));
        assertEquals(3, headerCount(teacher.browser().page("/teach")));

        assertEquals(303, act(waiting, "approve").statusCode());
        assertFalse(any(teacher, "waits for your approval"), "a post no longer waiting is no longer news");
        assertEquals(2, headerCount(teacher.browser().page("/teach")));
    }

    @Test
    void theDashboardSumsUpTheLastDayAndNamesWhoHasNotStartedWhatIsDueSoon() {
        postFirst(false);
        long answer = write(ana, null, "Talks need trust.");
        write(ben, answer, "Trust in whom?");
        QuarkusTransaction.requiringNew()
                .run(() -> Assignment.<Assignment>findById(c.assignmentId()).dueAt = MovableClock.now()
                        .plus(Duration.ofDays(1)));

        Document dashboard = teacher.browser().page("/teach");
        String today = dashboard.select(".daily-summary").text();
        assertTrue(today.contains("1 new answer, 1 reply, 0 waiting"), today);
        assertTrue(today.contains("Not started"), today);
        assertTrue(today.contains("Ben Real"), "Ben has only replied: " + today);
        assertFalse(today.contains("Ana Real"), "Ana has answered: " + today);

        MovableClock.current().advance(Duration.ofDays(3));
        String later = teacher.browser().page("/teach").select(".daily-summary").text();
        assertTrue(later.contains("Nothing new"), later);
    }
}
