package org.roundtable.account;

import java.time.Instant;

import org.roundtable.StoredEntity;

import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/**
 * What every row an account leaves behind has: its id, the account, and when it was made
 * (sessions, devices, a student's flags, the feedback a student was given).
 */
@MappedSuperclass
public abstract class AccountRecord extends StoredEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Account account;

    public Instant createdAt;

    protected AccountRecord() {
    }

    protected AccountRecord(Account account, Instant createdAt) {
        this.account = account;
        this.createdAt = createdAt;
    }
}
