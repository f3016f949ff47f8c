package org.roundtable.overview;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.roundtable.discussion.Visibility;

import io.quarkus.hibernate.orm.panache.Panache;

/** Counts the dashboard shows for each class: students, posts, items waiting for the teacher. */
public record ClassStats(long students, long posts, long waiting) {

    static final ClassStats EMPTY = new ClassStats(0, 0, 0);

    /** Stats for all of a teacher's classes, with two grouped queries. */
    public static Map<Long, ClassStats> forTeacher(long teacherId) {
        Map<Long, Long> students = new HashMap<>();
        for (Object[] row : Panache.getEntityManager().createQuery(
                "select e.classroom.id, count(e) from Enrollment e where e.classroom.teacher.id = :t "
                        + "group by e.classroom.id",
                Object[].class)
                .setParameter("t", teacherId).getResultList()) {
            students.put((Long) row[0], (Long) row[1]);
        }
        Map<Long, ClassStats> stats = new HashMap<>();
        List<Object[]> rows = Panache.getEntityManager().createQuery(
                "select d.classroom.id, "
                        + "sum(case when " + Visibility.liveHql("p") + " then 1 else 0 end), "
                        + "sum(case when " + Visibility.awaitsTeacherHql("p") + " then 1 else 0 end) "
                        + "from Post p join p.discussion d where d.classroom.teacher.id = :t group by d.classroom.id",
                Object[].class)
                .setParameter("t", teacherId)
                .getResultList();
        for (Object[] row : rows) {
            stats.put((Long) row[0], new ClassStats(students.getOrDefault((Long) row[0], 0L),
                    ((Number) row[1]).longValue(), ((Number) row[2]).longValue()));
        }
        students.forEach((classId, count) -> stats.putIfAbsent(classId, new ClassStats(count, 0, 0)));
        return stats;
    }

    public static ClassStats of(Map<Long, ClassStats> all, long classId) {
        return all.getOrDefault(classId, EMPTY);
    }
}
