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

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Post post;

    @Enumerated(EnumType.STRING)
    public FlagReason reason;

    public String note;

    /** From a student who joined before the post was written: counts towards hiding it. */
    public boolean countsTowardHiding;

    /**
     * Records a flag and counts it on the post; at {@link Post#FLAG_THRESHOLD} the post is hidden from
     * students until reviewed. Only flags from students who were in the class before the post was
     * written count towards the threshold, so accounts made afterwards cannot hide it; theirs are kept
     * for the teacher.
     *
     * @param joinedAt when the flagging student joined the class
     */
    static void raise(Post post, Account by, Instant joinedAt, FlagReason reason, String note, Instant now) {
        Flag flag = record(post, by, joinedAt, reason, note, now);
        post.flagCount++;
        if (flag.countsTowardHiding) {
            post.hidingFlagCount++;
        }
        if (post.hidingFlagCount >= Post.FLAG_THRESHOLD) {
            post.flaggedHidden = true;
        }
    }

    private static Flag record(Post post, Account by, Instant joinedAt, FlagReason reason, String note, Instant now) {
        Flag flag = new Flag();
        flag.post = post;
        flag.account = by;
        flag.reason = reason;
        flag.note = note;
        flag.createdAt = now;
        flag.countsTowardHiding = joinedAt != null && !joinedAt.isAfter(post.createdAt);
        flag.persist();
        return flag;
    }

    public static boolean exists(Post post, long accountId) {
        return count("post = ?1 and account.id = ?2", post, accountId) > 0;
    }
}
