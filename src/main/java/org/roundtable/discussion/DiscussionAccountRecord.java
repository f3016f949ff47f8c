package org.roundtable.discussion;

import java.time.Instant;

import org.roundtable.account.Account;
import org.roundtable.account.AccountRecord;
import org.roundtable.classroom.Discussion;

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
}
