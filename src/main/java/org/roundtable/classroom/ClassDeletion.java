package org.roundtable.classroom;

import java.util.List;

import org.roundtable.account.Account;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Deletes a class and everything in it: posts, flags, assignments, feedback, the audit
 * log, enrollments, and the accounts of students who were in no other class (a student
 * account holds nothing but a name). Foreign keys cascade from the class; replies'
 * links to their parents are cut first so no database has to order the deletes.
 */
@ApplicationScoped
public class ClassDeletion {

    @Transactional
    public void delete(Classroom classroom) {
        EntityManager em = Panache.getEntityManager();
        List<Long> onlyHere = em.createQuery(
                "select e.account.id from Enrollment e where e.classroom = :c and not exists ("
                        + "select 1 from Enrollment o where o.account = e.account and o.classroom <> :c)", Long.class)
                .setParameter("c", classroom).getResultList();
        em.createNativeQuery("update post set parent_id = null where discussion_id in "
                + "(select id from discussion where classroom_id = ?1)").setParameter(1, classroom.id).executeUpdate();
        em.createNativeQuery("delete from classroom where id = ?1").setParameter(1, classroom.id).executeUpdate();
        if (!onlyHere.isEmpty()) {
            em.createNativeQuery("update post set parent_id = null where author_id in (?1)")
                    .setParameter(1, onlyHere).executeUpdate();
            Account.delete("id in ?1 and kind = ?2", onlyHere, Account.Kind.STUDENT);
        }
        em.clear();
    }
}
