package org.roundtable.classroom;

import java.time.Instant;

import org.roundtable.account.Account;
import org.roundtable.account.AccountRecord;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

/** A student put an announcement away: their class home no longer shows it. */
@Entity
public class AnnouncementDismissal extends AccountRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Announcement announcement;

    protected AnnouncementDismissal() {
    }

    private AnnouncementDismissal(Announcement announcement, Account student, Instant now) {
        super(student, now);
        this.announcement = announcement;
    }

    /** Puts it away for this student; putting it away twice changes nothing. */
    public static void dismiss(Announcement announcement, Account student, Instant now) {
        if (count("announcement = ?1 and account = ?2", announcement, student) == 0) {
            persisted(new AnnouncementDismissal(announcement, student, now));
        }
    }
}
