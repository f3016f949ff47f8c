package org.roundtable.notice;

import java.time.Instant;
import java.util.List;

import org.roundtable.account.Account;
import org.roundtable.account.AccountRecord;
import org.roundtable.classroom.Classroom;
import org.roundtable.discussion.Post;
import org.roundtable.discussion.Visibility;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

/**
 * Something new for one person in one class: it stores only what it points to (a post, an assignment, an
 * announcement), so what it says is read when it is shown, under the visibility rules of that moment. It goes
 * with what it points to (the foreign keys cascade).
 */
@Entity
public class Notice extends AccountRecord {

    /** The most a list shows: the newest. */
    static final int LIST_LIMIT = 100;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Classroom classroom;

    @Enumerated(EnumType.STRING)
    public NoticeKind kind;

    @Embedded
    public NoticeSubject about;

    /** Null while unread. */
    public Instant readAt;

    protected Notice() {
    }

    private Notice(Account to, Classroom classroom, NoticeKind kind, NoticeSubject about, Instant now) {
        super(to, now);
        this.classroom = classroom;
        this.kind = kind;
        this.about = about;
    }

    /** A new notice. */
    static Notice create(Account to, Classroom classroom, NoticeKind kind, NoticeSubject about, Instant now) {
        return persisted(new Notice(to, classroom, kind, about, now));
    }

    /** The same news again (a post flagged twice, feedback changed) freshens the unread notice rather than adding one. */
    static void raise(Account to, Classroom classroom, NoticeKind kind, NoticeSubject about, Instant now) {
        Notice unread = about.post() != null
                ? find("account = ?1 and kind = ?2 and about.post = ?3 and readAt is null", to, kind, about.post())
                        .firstResult()
                : find("account = ?1 and kind = ?2 and about.assignment = ?3 and readAt is null", to, kind,
                        about.assignment()).firstResult();
        if (unread == null) {
            create(to, classroom, kind, about, now);
        } else {
            unread.createdAt = now;
        }
    }

    // --- What a reader is shown: one condition, for the count, the list and marking read ---------------------

    /**
     * HQL over notice {@code n}, its class {@code c}, its post {@code p} and discussion {@code d} (left joined): the
     * reader {@code :viewer} is still in the class, and sees the post as the discussion page would show it (the
     * author of a removed post is told of its removal). Feedback taken away takes its notice with it.
     */
    static final String SHOWN = "(c.teacher.id = :viewer or exists (select 1 from Enrollment e where e.classroom = c "
            + "and e.account.id = :viewer and e.approved = true)) "
            + "and (p.id is null or " + Visibility.inFullHql("p", "d", "c", "viewer") + " or n.kind = "
            + NoticeKind.REMOVED.hql() + " and " + Visibility.removedFromAuthorHql("p", "d", "viewer") + ") "
            + "and (n.kind <> " + NoticeKind.FEEDBACK.hql() + " or exists (select 1 from Feedback f "
            + "where f.assignment = n.about.assignment and f.account = n.account))";

    static final String FROM = "from Notice n join n.classroom c left join n.about.post p left join p.discussion d ";

    /**
     * The newest notices this person may be shown, each with its class, announcement, discussion id, question,
     * article title, and whether the reader teaches the class and is past post first in the discussion.
     */
    static List<Object[]> listShownTo(long accountId) {
        return Panache.getEntityManager().createQuery("select n, c, an, d.id, q.text, art.title, "
                + "case when c.teacher.id = :viewer then true else false end, "
                + "case when d.id is null or " + Visibility.seesClassmatesHql("d", "c", "viewer")
                + " then true else false end "
                + FROM + "left join d.question q left join n.about.announcement an left join n.about.assignment asg "
                + "left join asg.article art "
                + "where n.account.id = :viewer and " + SHOWN + " order by n.createdAt desc, n.id desc", Object[].class)
                .setParameter("viewer", accountId).setMaxResults(LIST_LIMIT).getResultList();
    }

    /** Takes away the teacher's notice that {@code post} waits for approval, once it no longer waits. */
    static long dropWaiting(Post post) {
        return delete("about.post = ?1 and kind = ?2", post, NoticeKind.WAITING);
    }

    /** Marks read every notice this person is shown now (one still hidden from them stays unread until it shows). */
    static int markAllRead(long accountId, Instant now) {
        return Panache.getEntityManager().createQuery("update Notice set readAt = :now where id in (select n.id "
                + FROM + "where n.account.id = :viewer and n.readAt is null and " + SHOWN + ")")
                .setParameter("now", now).setParameter("viewer", accountId).executeUpdate();
    }
}
