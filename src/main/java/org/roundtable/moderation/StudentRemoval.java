package org.roundtable.moderation;

import java.util.List;

import org.roundtable.account.Account;
import org.roundtable.account.UserSession;
import org.roundtable.account.Viewer;
import org.roundtable.classroom.Classroom;
import org.roundtable.classroom.Enrollment;
import org.roundtable.discussion.Contribution;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Removes a student from a class: their sessions end at once and their place in the
 * class goes. With "delete posts", everything they wrote there goes too: posts nobody
 * replied to are deleted; posts holding classmates' replies are emptied into an
 * anonymous placeholder so those replies keep their place. Their flags and feedback go,
 * the audit log forgets their name, and an account left in no class is deleted.
 */
@ApplicationScoped
public class StudentRemoval {

    private final Moderation moderation;

    StudentRemoval(Moderation moderation) {
        this.moderation = moderation;
    }

    @Transactional
    public void remove(Viewer teacher, Classroom classroom, Enrollment student, boolean deletePosts) {
        long accountId = student.account.id;
        EntityManager em = Panache.getEntityManager();
        if (deletePosts) {
            deletePostsOf(em, classroom.id, accountId);
            em.createNativeQuery("delete from flag where account_id = ?1 and post_id in (select p.id from post p "
                    + "join discussion d on d.id = p.discussion_id where d.classroom_id = ?2)")
                    .setParameter(1, accountId).setParameter(2, classroom.id).executeUpdate();
            em.createNativeQuery("delete from feedback where account_id = ?1 and assignment_id in "
                    + "(select id from assignment where classroom_id = ?2)")
                    .setParameter(1, accountId).setParameter(2, classroom.id).executeUpdate();
            em.createNativeQuery("update moderation_action set target_name = null, target_account_id = null "
                    + "where classroom_id = ?1 and target_account_id = ?2")
                    .setParameter(1, classroom.id).setParameter(2, accountId).executeUpdate();
        }
        ModerationAction.Kind kind = ModerationAction.Kind.REMOVE_STUDENT;
        if (deletePosts) {
            moderation.anonymousStudent(teacher, classroom, kind, "a student and their posts");
        } else {
            moderation.student(teacher, classroom, kind, student, null);
        }
        Account account = student.account;
        student.delete();
        UserSession.endAllFor(account);
        em.flush();
        if (deletePosts && Enrollment.count("account", account) == 0 && account.kind == Account.Kind.STUDENT) {
            em.createNativeQuery("update moderation_action set target_account_id = null where target_account_id = ?1")
                    .setParameter(1, account.id).executeUpdate();
            account.delete();
        }
    }

    private static void deletePostsOf(EntityManager em, long classId, long accountId) {
        String mine = "select p.id from post p join discussion d on d.id = p.discussion_id "
                + "where d.classroom_id = ?1 and p.author_id = ?2";
        // Empty the posts that hold replies; delete the rest. Repeat: a post whose only
        // replies were the student's own has none left after the first round.
        int changed;
        do {
            changed = em.createNativeQuery("delete from post where id in (" + mine + ") "
                    + "and not exists (select 1 from post c where c.parent_id = post.id)")
                    .setParameter(1, classId).setParameter(2, accountId).executeUpdate();
        } while (changed > 0);
        em.createNativeQuery("update post set body_source = '', body_html = '', word_count = 0, stance = null, "
                + "section_id = null, status = 'REMOVED', flagged_hidden = false, endorsed = false, "
                + "hidden_reason = null, idempotency_key = null, author_id = null, author_name = null, "
                + "author_pseudonym = null where id in (" + mine + ")")
                .setParameter(1, classId).setParameter(2, accountId).executeUpdate();
        List<Long> discussions = em.createQuery("select d.id from Discussion d where d.classroom.id = :c", Long.class)
                .setParameter("c", classId).getResultList();
        discussions.forEach(Contribution::recount);
    }
}
