package org.roundtable.discussion;

import java.time.Instant;

import org.roundtable.account.Account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** One student's report of a post. A student flags a post at most once. */
@Entity
public class Flag extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Post post;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Account account;

    @Enumerated(EnumType.STRING)
    public FlagReason reason;

    public String note;

    public Instant createdAt;

    /** From a student who joined before the post was written: counts towards hiding it. */
    public boolean countsTowardHiding;

    public static boolean exists(Post post, long accountId) {
        return count("post = ?1 and account.id = ?2", post, accountId) > 0;
    }
}
