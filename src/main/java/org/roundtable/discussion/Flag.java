package org.roundtable.discussion;

import java.time.Instant;

import org.roundtable.account.Account;
import org.roundtable.account.AccountRecord;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

/** One student's report of a post. A student flags a post at most once. */
@Entity
public class Flag extends AccountRecord {

    /** Flags from this many different students hide a post until the teacher reviews it. */
    public static final int HIDING_THRESHOLD = 3;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Post post;

    @Enumerated(EnumType.STRING)
    public FlagReason reason;

    public String note;

    /** From a student who joined before the post was written: counts towards hiding it. */
    public boolean countsTowardHiding;

    protected Flag() {
    }

    private Flag(Post post, Account by, Instant joinedAt, FlagReason reason, String note, Instant now) {
        super(by, now);
        this.post = post;
        this.reason = reason;
        this.note = note;
        countsTowardHiding = joinedAt != null && !joinedAt.isAfter(post.createdAt);
    }

    /**
     * Records a flag and counts it on the post; at {@link #HIDING_THRESHOLD} the post is hidden from
     * students until reviewed. Only flags from students who were in the class before the post was
     * written count towards the threshold, so accounts made afterwards cannot hide it; theirs are kept
     * for the teacher.
     *
     * @param joinedAt when the flagging student joined the class
     */
    static void raise(Post post, Account by, Instant joinedAt, FlagReason reason, String note, Instant now) {
        Flag flag = persisted(new Flag(post, by, joinedAt, reason, note, now));
        post.flagCount++;
        if (flag.countsTowardHiding) {
            post.hidingFlagCount++;
        }
        if (post.hidingFlagCount >= HIDING_THRESHOLD) {
            post.flaggedHidden = true;
        }
    }

    public static boolean exists(Post post, long accountId) {
        return count("post = ?1 and account.id = ?2", post, accountId) > 0;
    }
}
