package org.roundtable.overview;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.roundtable.classroom.Assignment;
import org.roundtable.discussion.PostKind;
import org.roundtable.discussion.Visibility;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * The teacher's day at a glance, per class, reckoned when the dashboard is read: answers and replies written in
 * the last 24 hours, those still waiting for approval, and the students who have not started an assignment due
 * within two days. Two grouped queries for all of a teacher's classes.
 */
public record DailySummary(long answers, long replies, long waiting, List<NotStarted> notStarted) {

    static final Duration DAY = Duration.ofHours(24);
    static final Duration DUE_NEAR = Duration.ofDays(2);
    static final DailySummary EMPTY = new DailySummary(0, 0, 0, List.of());

    /** The students of a class with no answer yet on an assignment whose due date is near. */
    public record NotStarted(Assignment assignment, List<String> students) {
    }

    public boolean isQuiet() {
        return answers == 0 && replies == 0 && waiting == 0 && notStarted.isEmpty();
    }

    public static Map<Long, DailySummary> forTeacher(long teacherId, Instant now) {
        Map<Long, long[]> counts = new HashMap<>();
        for (Object[] row : Panache.getEntityManager().createQuery("select d.classroom.id, "
                + "sum(case when " + PostKind.answerHql("p") + " then 1 else 0 end), "
                + "sum(case when " + PostKind.replyHql("p") + " then 1 else 0 end), "
                + "sum(case when " + Visibility.waitingApprovalHql("p") + " then 1 else 0 end) "
                + "from Post p join p.discussion d where d.classroom.teacher.id = :t and p.createdAt > :since and "
                + Visibility.liveHql("p") + " group by d.classroom.id", Object[].class)
                .setParameter("t", teacherId).setParameter("since", now.minus(DAY)).getResultList()) {
            counts.put((Long) row[0], new long[] { ((Number) row[1]).longValue(), ((Number) row[2]).longValue(),
                    ((Number) row[3]).longValue() });
        }
        Map<Long, List<NotStarted>> notStarted = notStarted(teacherId, now);
        Map<Long, DailySummary> out = new HashMap<>();
        counts.forEach((classId, c) -> out.put(classId,
                new DailySummary(c[0], c[1], c[2], notStarted.getOrDefault(classId, List.of()))));
        notStarted.forEach((classId, n) -> out.putIfAbsent(classId, new DailySummary(0, 0, 0, n)));
        return out;
    }

    public static DailySummary of(Map<Long, DailySummary> all, long classId) {
        return all.getOrDefault(classId, EMPTY);
    }

    /** Per class, per assignment due within two days, the students let in who have no answer on it yet. */
    private static Map<Long, List<NotStarted>> notStarted(long teacherId, Instant now) {
        Map<Long, Map<Assignment, List<String>>> byClass = new LinkedHashMap<>();
        for (Object[] row : Panache.getEntityManager().createQuery("select a.classroom.id, a, e.displayName "
                + "from Assignment a join fetch a.article, Enrollment e where e.classroom = a.classroom "
                + "and a.classroom.teacher.id = :t and e.approved = true and a.dueAt > :now and a.dueAt <= :near "
                + "and not exists (select 1 from Post p where p.author = e.account and " + PostKind.answerHql("p") + " "
                + "and p.discussion.assignment = a and " + Visibility.notDeletedHql("p") + ") "
                + "order by a.dueAt, a.id, lower(e.displayName)", Object[].class)
                .setParameter("t", teacherId).setParameter("now", now).setParameter("near", now.plus(DUE_NEAR))
                .getResultList()) {
            byClass.computeIfAbsent((Long) row[0], id -> new LinkedHashMap<>())
                    .computeIfAbsent((Assignment) row[1], a -> new ArrayList<>()).add((String) row[2]);
        }
        Map<Long, List<NotStarted>> out = new HashMap<>();
        byClass.forEach((classId, assignments) -> out.put(classId, assignments.entrySet().stream()
                .map(e -> new NotStarted(e.getKey(), e.getValue())).toList()));
        return out;
    }
}
