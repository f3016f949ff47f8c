package org.roundtable.discussion;

import java.time.Instant;
import java.util.List;

import org.roundtable.account.Account;
import org.roundtable.account.AccountRecord;
import org.roundtable.classroom.Discussion;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/**
 * What every row one person keeps in one discussion has, one row per person and discussion: the account, when it
 * was made, and the discussion (an answer being written, where a student stands).
 */
@MappedSuperclass
public abstract class DiscussionAccountRecord extends AccountRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Discussion discussion;

    protected DiscussionAccountRecord() {
    }

    protected DiscussionAccountRecord(Account account, Discussion discussion, Instant createdAt) {
        super(account, createdAt);
        this.discussion = discussion;
    }

    /** The person's own row of this type in a discussion, or null: there is one at most. */
    protected static <T extends DiscussionAccountRecord> T findOwn(Class<T> type, long discussionId, long accountId) {
        List<T> rows = Panache.getEntityManager()
                .createQuery("from " + type.getSimpleName() + " r where r.discussion.id = :d and r.account.id = :a",
                        type)
                .setParameter("d", discussionId).setParameter("a", accountId).setMaxResults(1).getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }
}
