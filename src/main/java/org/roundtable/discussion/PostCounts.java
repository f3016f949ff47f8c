package org.roundtable.discussion;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Posts of a class counted by one of their columns, with one grouped query each. Which posts
 * count comes from {@link Visibility}'s fragments, so a count never disagrees with what readers see.
 * A finder class next to {@link Post} rather than on it, which is at its size limit.
 */
public final class PostCounts {

    private PostCounts() {
    }

    /** Each author's posts in the class that are still there ({@link Visibility#isLive}), by account id. */
    public static Map<Long, Long> byAuthor(long classroomId) {
        return byKey(Panache.getEntityManager().createQuery("select p.author.id, count(p) from Post p "
                + "where p.discussion.classroom.id = :c and " + Visibility.liveHql("p") + " group by p.author.id",
                Object[].class)
                .setParameter("c", classroomId)
                .getResultList());
    }

    /** How often each section of the article is cited by posts classmates may read in the class, by section id. */
    public static Map<Long, Long> citations(long classroomId, long articleId) {
        return SectionCitations.of(classroomId, articleId);
    }

    /** How many posts quote paragraph {@code paragraph} (from 1) of the section stored as {@code sectionId}. */
    public record Quoted(long sectionId, int paragraph, long posts) {
    }

    /**
     * The article's paragraphs quoted by posts classmates may read in the class ({@link Visibility#toClassmatesHql},
     * as section citations count), each with the number of posts quoting it: a post quoting one paragraph twice
     * counts once.
     */
    public static List<Quoted> quotedPassages(long classroomId, long articleId) {
        return Panache.getEntityManager().createQuery("select new " + Quoted.class.getName()
                + "(q.passage.section.id, q.passage.paragraph, count(distinct p.id)) from PostQuote q join q.post p "
                + "where p.discussion.classroom.id = :c and q.passage.section.article.id = :a and "
                + Visibility.toClassmatesHql("p") + " group by q.passage.section.id, q.passage.paragraph", Quoted.class)
                .setParameter("c", classroomId)
                .setParameter("a", articleId)
                .getResultList();
    }

    /** One of a student's posts the teacher removed: in which discussion, and why (null: no reason given). */
    public record Removed(long discussionId, String reason) {
    }

    /** A student's posts in the class the teacher removed, oldest first, with one query: their notices. */
    public static List<Removed> removedFor(long classroomId, long accountId) {
        return Panache.getEntityManager().createQuery("select new " + Removed.class.getName()
                + "(p.discussion.id, p.hiddenReason) from Post p where p.discussion.classroom.id = :c "
                + "and p.author.id = :a and p.status = " + PostStatus.REMOVED.hql() + " order by p.createdAt, p.id",
                Removed.class)
                .setParameter("c", classroomId)
                .setParameter("a", accountId)
                .getResultList();
    }

    /** (key, count) rows as a map; posts a removed student left without an author have a null key, left out. */
    private static Map<Long, Long> byKey(List<Object[]> rows) {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : rows) {
            if (row[0] != null) {
                counts.put((Long) row[0], (Long) row[1]);
            }
        }
        return counts;
    }
}
