package org.roundtable.discussion;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.EntityManager;

/**
 * How many posts classmates may read cite each section of an article in a class ({@link Visibility#toClassmates}),
 * kept in {@code section_citation} as posts change, so the article page reads them instead of counting. A post's
 * part comes from its {@link Contribution}, which every change of a post applies in the transaction of the change;
 * {@link #recount} sets a class's counts from its posts after changes too broad to follow one by one.
 */
public final class SectionCitations {

    private SectionCitations() {
    }

    /** Moves one section's count in a class by {@code delta} ({@link CounterRows}). */
    static void add(long classroomId, long sectionId, int delta) {
        if (delta != 0) {
            CounterRows
                    .add(() -> CounterRows.lockClass(classroomId),
                            () -> em().createNativeQuery("update section_citation "
                                    + "set posts = posts + ?3 where classroom_id = ?1 and section_id = ?2")
                                    .setParameter(1, classroomId).setParameter(2, sectionId).setParameter(3, delta)
                                    .executeUpdate(),
                            () -> em()
                                    .createNativeQuery("insert into section_citation (classroom_id, section_id, posts) "
                                            + "values (?1, ?2, ?3)")
                                    .setParameter(1, classroomId).setParameter(2, sectionId).setParameter(3, delta)
                                    .executeUpdate());
        }
    }

    /** The counts of an article's sections in a class, by section id, as kept: no section cited, no entry. */
    public static Map<Long, Long> of(long classroomId, long articleId) {
        List<Object[]> rows = em().createNativeQuery("select c.section_id, c.posts from section_citation c "
                + "join article_section s on s.id = c.section_id "
                + "where c.classroom_id = ?1 and s.article_id = ?2 and c.posts > 0", Object[].class)
                .setParameter(1, classroomId).setParameter(2, articleId).getResultList();
        Map<Long, Long> counts = new HashMap<>();
        rows.forEach(row -> counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
        return counts;
    }

    /** Every section's count in a class as kept (the zeros left out), for comparing with {@link #counted}. */
    public static Map<Long, Long> stored(long classroomId) {
        List<Object[]> rows = em().createNativeQuery("select section_id, posts from section_citation "
                + "where classroom_id = ?1 and posts <> 0", Object[].class).setParameter(1, classroomId)
                .getResultList();
        Map<Long, Long> counts = new HashMap<>();
        rows.forEach(row -> counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
        return counts;
    }

    /** Every section's count in a class, counted from its posts by the rule {@link Contribution#citedSection} keeps. */
    public static Map<Long, Long> counted(long classroomId) {
        List<Object[]> rows = em().createQuery("select p.section.id, count(p) from Post p "
                + "where p.discussion.classroom.id = :c and p.section is not null and "
                + Visibility.toClassmatesHql("p") + " group by p.section.id", Object[].class)
                .setParameter("c", classroomId).getResultList();
        Map<Long, Long> counts = new HashMap<>();
        rows.forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    /** Sets a class's counts from its posts (removing a student with their posts). */
    public static void recount(long classroomId) {
        CounterRows.lockClass(classroomId);
        em().createNativeQuery("delete from section_citation where classroom_id = ?1").setParameter(1, classroomId)
                .executeUpdate();
        counted(classroomId).forEach((section, posts) -> em().createNativeQuery(
                "insert into section_citation (classroom_id, section_id, posts) values (?1, ?2, ?3)")
                .setParameter(1, classroomId).setParameter(2, section).setParameter(3, posts.intValue())
                .executeUpdate());
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }
}
