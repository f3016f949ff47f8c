package org.roundtable.discussion;

import org.roundtable.classroom.ClassDeleting;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

/** Posts and flags removed in bulk: all of a class's, or one student's in a class. */
@ApplicationScoped
public class PostRemoval {

    private static final String POSTS_OF_CLASS = "select p.id from post p join discussion d on d.id = p.discussion_id "
            + "where d.classroom_id = ?1";
    private static final String POSTS_OF_STUDENT = POSTS_OF_CLASS + " and p.author_id = ?2";

    /**
     * A deleted class's posts and flags go before the class does. Replies' links to their
     * parents are cut first so no database has to order the deletes; so are those of the
     * posts that the class's departing students wrote anywhere, as they always were.
     */
    void classDeleting(@Observes @Priority(ClassDeleting.POSTS) ClassDeleting deleting) {
        EntityManager em = Panache.getEntityManager();
        em.createNativeQuery("update post set parent_id = null where id in (" + POSTS_OF_CLASS + ")")
                .setParameter(1, deleting.classId()).executeUpdate();
        if (!deleting.leavingAccounts().isEmpty()) {
            em.createNativeQuery("update post set parent_id = null where author_id in (?1)")
                    .setParameter(1, deleting.leavingAccounts()).executeUpdate();
        }
        em.createNativeQuery("delete from flag where post_id in (" + POSTS_OF_CLASS + ")")
                .setParameter(1, deleting.classId()).executeUpdate();
        em.createNativeQuery("delete from post_quote where post_id in (" + POSTS_OF_CLASS + ")")
                .setParameter(1, deleting.classId()).executeUpdate();
        em.createNativeQuery("delete from post_draft where discussion_id in "
                + "(select d.id from discussion d where d.classroom_id = ?1)")
                .setParameter(1, deleting.classId()).executeUpdate();
        em.createNativeQuery("delete from post where id in (" + POSTS_OF_CLASS + ")")
                .setParameter(1, deleting.classId()).executeUpdate();
    }

    /**
     * Everything a student wrote in a class goes: posts nobody replied to are deleted;
     * posts holding classmates' replies are emptied into an anonymous placeholder so those
     * replies keep their place. The class's discussions, citations and progress are counted again.
     */
    public static void deleteOrEmptyPostsOf(long classId, long accountId) {
        EntityManager em = Panache.getEntityManager();
        // Repeat: a post whose only replies were the student's own has none left after the first round.
        em.createNativeQuery("delete from post_quote where post_id in (" + POSTS_OF_STUDENT + ")")
                .setParameter(1, classId).setParameter(2, accountId).executeUpdate();
        int changed;
        do {
            changed = em.createNativeQuery("delete from post where id in (" + POSTS_OF_STUDENT + ") "
                    + "and not exists (select 1 from post c where c.parent_id = post.id)")
                    .setParameter(1, classId).setParameter(2, accountId).executeUpdate();
        } while (changed > 0);
        em.createNativeQuery("update post set body_source = '', body_html = '', word_count = 0, stance = null, "
                + "section_id = null, status = 'REMOVED', flagged_hidden = false, endorsed = false, "
                + "hidden_reason = null, idempotency_key = null, author_id = null, author_name = null, "
                + "author_pseudonym = null where id in (" + POSTS_OF_STUDENT + ")")
                .setParameter(1, classId).setParameter(2, accountId).executeUpdate();
        em.createQuery("select d.id from Discussion d where d.classroom.id = :c", Long.class)
                .setParameter("c", classId).getResultList().forEach(Contribution::recount);
        SectionCitations.recount(classId);
        ProgressTally.recount(classId);
    }

    /** The answers a student removed from a class was writing there: whether or not their posts stay. */
    public static void deleteDraftsOf(long classId, long accountId) {
        Panache.getEntityManager()
                .createNativeQuery("delete from post_draft where account_id = ?2 and discussion_id in "
                        + "(select d.id from discussion d where d.classroom_id = ?1)")
                .setParameter(1, classId).setParameter(2, accountId).executeUpdate();
    }

    /** The flags a student raised in a class. */
    public static void deleteFlagsBy(long classId, long accountId) {
        Panache.getEntityManager().createNativeQuery("delete from flag where post_id in (" + POSTS_OF_CLASS + ") "
                + "and account_id = ?2").setParameter(1, classId).setParameter(2, accountId).executeUpdate();
    }
}
