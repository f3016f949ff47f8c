package org.roundtable.classroom;

import java.util.List;

import org.roundtable.account.Account;
import org.roundtable.article.Question;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

/**
 * Deletes a class and everything in it: posts, flags, assignments, feedback, the audit
 * log, enrollments, and the accounts of students who were in no other class (a student
 * account holds nothing but a name). The packages above delete their own rows first
 * ({@link ClassDeleting}); foreign keys cascade from the class to classroom's own tables.
 */
@ApplicationScoped
public class ClassDeletion {

    private final Event<ClassDeleting> deleting;

    ClassDeletion(Event<ClassDeleting> deleting) {
        this.deleting = deleting;
    }

    @Transactional
    public void delete(Classroom classroom) {
        List<Long> onlyHere = Panache.getEntityManager().createQuery(
                "select e.account.id from Enrollment e where e.classroom = :c and not exists ("
                        + "select 1 from Enrollment o where o.account = e.account and o.classroom <> :c)",
                Long.class)
                .setParameter("c", classroom).getResultList();
        deleting.fire(new ClassDeleting(classroom.id, onlyHere));
        deleteOwnQuestions(classroom);
        Classroom.delete("id", classroom.id);
        if (!onlyHere.isEmpty()) {
            Account.delete("id in ?1 and kind = ?2", onlyHere, Account.Kind.STUDENT);
        }
        Panache.getEntityManager().clear();
    }

    /** The questions its teachers added, with their discussions: they belong to the class alone. */
    private static void deleteOwnQuestions(Classroom classroom) {
        List<Long> own = Panache.getEntityManager().createQuery("select q.id from Question q where q.assignmentId in "
                + "(select a.id from Assignment a where a.classroom = :c)", Long.class)
                .setParameter("c", classroom).getResultList();
        if (!own.isEmpty()) {
            Discussion.delete("question.id in ?1", own);
            Question.delete("id in ?1", own);
        }
    }
}
