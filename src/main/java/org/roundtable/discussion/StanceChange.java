package org.roundtable.discussion;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.roundtable.account.Account;
import org.roundtable.classroom.Discussion;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

/**
 * Where one student stood on a stance question before reading its discussion, and where they
 * stand after it: one row per student and discussion. Kept apart from the stance their answer
 * argues (arguing a side shifts what one says one believes) and shown with names only to the
 * teacher. {@code createdAt} is when the student first answered "where do you stand?".
 */
@Entity
public class StanceChange extends DiscussionAccountRecord {

    /** The longest "what changed my mind": one line. */
    public static final int MAX_REASON = 200;

    /** Null: the student skipped the question before reading. */
    @Enumerated(EnumType.STRING)
    public Stance stanceBefore;

    /** Null: not changed since (the student still stands where they stood before). */
    @Enumerated(EnumType.STRING)
    public Stance stanceAfter;

    public String reason;

    /** The post the student says changed their mind; null for none, or once that post is gone. */
    @ManyToOne(fetch = FetchType.LAZY)
    public Post creditedPost;

    /** The same post's id, read with the row: the student's own form shows it without loading the post. */
    @Column(name = "credited_post_id", insertable = false, updatable = false)
    public Long creditedPostId;

    public Instant changedAt;

    protected StanceChange() {
    }

    private StanceChange(Discussion discussion, Account student, Stance before, Instant now) {
        super(student, discussion, now);
        this.stanceBefore = before;
    }

    /** Records where the student stands before reading, or that they skipped it (null). */
    public static StanceChange before(Discussion discussion, Account student, Stance before, Instant now) {
        return persisted(new StanceChange(discussion, student, before, now));
    }

    /** "I changed my mind": where they stand now, with what changed it, if they say. */
    public void change(Stance after, String reason, Post credited, Instant now) {
        stanceAfter = after;
        this.reason = reason;
        creditedPost = credited;
        changedAt = now;
    }

    /** Where the student stands now: after the discussion if they said, else where they stood before. */
    public Stance now() {
        return stanceAfter != null ? stanceAfter : stanceBefore;
    }

    /** Stood somewhere before and somewhere else now. */
    public boolean moved() {
        return stanceBefore != null && stanceAfter != null && stanceBefore != stanceAfter;
    }

    /** The student's own row for a discussion, or null. */
    static StanceChange findFor(long discussionId, long accountId) {
        return findOwn(StanceChange.class, discussionId, accountId);
    }

    /** Every student's row of a discussion, with the credited posts and their authors, in one query. */
    public static List<StanceChange> listFor(long discussionId) {
        return list("from StanceChange s left join fetch s.creditedPost p left join fetch p.author "
                + "where s.discussion.id = ?1 order by s.id", discussionId);
    }

    /** How many students of a discussion said where they stand, and how many of them moved. */
    public record Tally(long said, long moved) {
    }

    /** The tally of each discussion of a class that has stance rows, by discussion id, in one query. */
    public static Map<Long, Tally> talliesFor(long classId) {
        Map<Long, Tally> tallies = new HashMap<>();
        Panache.getEntityManager().createQuery("select s.discussion.id, count(s), sum(case when s.stanceBefore "
                + "is not null and s.stanceAfter is not null and s.stanceBefore <> s.stanceAfter then 1 else 0 end) "
                + "from StanceChange s where s.discussion.classroom.id = :c group by s.discussion.id", Object[].class)
                .setParameter("c", classId).getResultList()
                .forEach(row -> tallies.put((Long) row[0], new Tally((Long) row[1], ((Number) row[2]).longValue())));
        return tallies;
    }

    /** A student's rows in a class, when they are removed from it. */
    public static void deleteFor(long classId, long accountId) {
        delete("account.id = ?1 and discussion.id in (select d.id from Discussion d where d.classroom.id = ?2)",
                accountId, classId);
    }
}
