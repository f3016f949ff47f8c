package org.roundtable.discussion;

import java.time.Instant;

import org.roundtable.account.Account;
import org.roundtable.article.ArticleSection;
import org.roundtable.article.Markdown;
import org.roundtable.classroom.Discussion;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/**
 * A top-level answer to a question, or a reply. The body is stored as typed and as
 * sanitised HTML rendered once, when it is written.
 */
@Entity
public class Post extends PanacheEntityBase {

    public static final int MAX_LENGTH = 5000;
    /** Flags from this many different students hide a post until the teacher reviews it. */
    public static final int FLAG_THRESHOLD = 3;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Discussion discussion;

    /** Null once a removed student's post is kept only to hold its replies in place. */
    @ManyToOne(fetch = FetchType.LAZY)
    public Account author;

    @ManyToOne(fetch = FetchType.LAZY)
    public Post parent;

    /** The thread's top-level answer (its own id for an answer): a page loads whole threads by it. */
    public Long rootId;

    /** 0 for an answer, the parent's depth + 1 for a reply: a live update places a reply without the tree. */
    public int depth;

    public String bodySource;

    public String bodyHtml;

    public int wordCount;

    @ManyToOne(fetch = FetchType.LAZY)
    public ArticleSection section;

    @Enumerated(EnumType.STRING)
    public Stance stance;

    @Enumerated(EnumType.STRING)
    public PostStatus status;

    public boolean flaggedHidden;

    /** Every flag since the teacher last reviewed the post, for the moderation queue. */
    public int flagCount;

    /** The flags of {@link #flagCount} that count towards hiding: from students already in the class. */
    public int hidingFlagCount;

    public int replyCount;

    public boolean endorsed;

    public String hiddenReason;

    public String idempotencyKey;

    public Instant createdAt;

    public Instant editedAt;

    /** The author's name in the class when they wrote this post: see {@link Byline}. */
    public String authorName;

    /** The author's pseudonym in the class when they wrote this post. */
    public String authorPseudonym;

    /** Written under the pseudonym, in an anonymous class: classmates see it on this post for good. */
    public boolean pseudonymous;

    /** When classmates could first see it; null while it never could. */
    public Instant publishedAt;

    /** The text the teacher approved, shown to classmates while an edit of it waits; null otherwise. */
    public String approvedBodyHtml;

    /**
     * Stores a new answer (no parent) or reply: places it in its thread (depth, root), counts
     * it on its parent and, if visible, in the discussion's figures.
     */
    public static Post write(Discussion discussion, Account author, Post parent, String body, Stance stance,
            ArticleSection section, PostStatus status, String idempotencyKey, Instant at) {
        Post post = new Post();
        post.discussion = discussion;
        post.author = author;
        post.signAs(Byline.writing(discussion.classroom, author));
        post.parent = parent;
        // Deeper replies are shown at the last indented depth anyway, saying whom they answer: storing
        // them there keeps every depth small, whatever the length of a reply chain.
        post.depth = parent == null ? 0 : Math.min(parent.depth + 1, ThreadBuilder.MAX_DEPTH);
        post.setBody(body);
        post.stance = parent == null ? stance : null;
        post.section = section;
        post.status = status;
        post.publishedAt = status == PostStatus.PUBLISHED ? at : null;
        post.idempotencyKey = idempotencyKey;
        post.createdAt = at;
        post.rootId = parent == null ? null : parent.rootId;   // a reply is stored whole, with no second write
        post.persist();
        if (parent == null) {
            post.rootId = post.id;
        }
        if (parent != null) {
            parent.replyCount++;
        }
        post.updateCounts(Contribution.NONE);
        return post;
    }

    public static Post findByIdempotencyKey(String key) {
        return key == null ? null : find("idempotencyKey", key).firstResult();
    }

    /** When the author last posted anywhere, for slow mode; null if never. */
    public static Instant lastPostedAt(long authorId) {
        return find("select max(p.createdAt) from Post p where p.author.id = ?1", authorId)
                .project(Instant.class).firstResult();
    }

    public boolean isAnswer() {
        return parent == null;
    }

    /** Under which name this post was written, and so which name each reader sees on it. */
    public Byline byline() {
        return new Byline(author == null ? null : author.id, author != null && author.isTeacher(), authorName,
                authorPseudonym, pseudonymous);
    }

    private void signAs(Byline byline) {
        authorName = byline.realName();
        authorPseudonym = byline.pseudonym();
        pseudonymous = byline.pseudonymous();
    }

    public boolean isBy(long accountId) {
        return author != null && author.id == accountId;
    }

    public boolean isLive() {
        return status != PostStatus.DELETED && status != PostStatus.REMOVED;
    }

    /** Counts toward the discussion's visible answers and stance figures. */
    public boolean countsAsVisibleAnswer() {
        return isAnswer() && status == PostStatus.PUBLISHED && !flaggedHidden;
    }

    public void setBody(String source) {
        bodySource = source;
        bodyHtml = Markdown.renderPost(source);
        wordCount = Markdown.wordCountOfHtml(bodyHtml);
    }

    /**
     * The author's new text. When it must be reviewed (a student in a pre-moderated class), a
     * published post goes on showing classmates the text the teacher approved until the teacher
     * approves the edit; a post still waiting simply waits with its new text.
     */
    public void revise(String source, boolean reviewed, Instant at) {
        String approved = bodyHtml;
        boolean changed = !source.equals(bodySource);
        setBody(source);
        editedAt = at;
        if (changed && reviewed && status == PostStatus.PUBLISHED && approvedBodyHtml == null) {
            approvedBodyHtml = approved;
        }
        if (bodyHtml.equals(approvedBodyHtml)) {
            approvedBodyHtml = null;   // edited back to the approved text: nothing left to review
        }
    }

    /** An edit of this post waits for the teacher; classmates see {@link #approvedBodyHtml}. */
    public boolean editWaiting() {
        return approvedBodyHtml != null;
    }

    /** The text classmates see: the approved one while an edit waits (as {@code ThreadBuilder} shows it). */
    public String classmatesHtml() {
        return editWaiting() ? approvedBodyHtml : bodyHtml;
    }

    public boolean editableBy(long accountId, Instant now) {
        return isBy(accountId) && isLive()
                && now.isBefore(createdAt.plus(discussion.classroom.editWindow()));
    }

    /** Snapshot of what this post contributes to the discussion's counters, taken before a change. */
    public Contribution contribution() {
        return new Contribution(countsAsVisibleAnswer(), stance);
    }

    /** Applies the difference between the contribution before a change and now. */
    public void updateCounts(Contribution before) {
        Contribution after = contribution();
        int answers = (after.counted() ? 1 : 0) - (before.counted() ? 1 : 0);
        int agree = after.count(Stance.AGREE) - before.count(Stance.AGREE);
        int disagree = after.count(Stance.DISAGREE) - before.count(Stance.DISAGREE);
        int unsure = after.count(Stance.UNSURE) - before.count(Stance.UNSURE);
        Discussion.adjustCounts(discussion.id, answers, agree, disagree, unsure);
    }

    public record Contribution(boolean counted, Stance stance) {
        static final Contribution NONE = new Contribution(false, null);

        int count(Stance s) {
            return counted && stance == s ? 1 : 0;
        }
    }

    public void deleteByAuthor() {
        Contribution before = contribution();
        status = PostStatus.DELETED;
        updateCounts(before);
    }

    /** The teacher lets a waiting post or edit through, or clears flags after review. */
    public void approve(Instant now) {
        Contribution before = contribution();
        if (status == PostStatus.PENDING) {
            publish(now);
        }
        approvedBodyHtml = null;
        clearFlags();
        updateCounts(before);
    }

    private void publish(Instant now) {
        status = PostStatus.PUBLISHED;
        if (publishedAt == null) {
            publishedAt = now;
        }
    }

    private void clearFlags() {
        flaggedHidden = false;
        flagCount = 0;
        hidingFlagCount = 0;
    }

    /** Hidden from classmates; the author sees "Hidden by your teacher: reason". */
    public void hide(String reason) {
        Contribution before = contribution();
        status = PostStatus.HIDDEN;
        hiddenReason = reason;
        updateCounts(before);
    }

    /**
     * Only what was hidden can be restored: by the teacher, or by flags. A post its author deleted
     * or the teacher removed stays as it is.
     */
    public boolean restorable() {
        return status == PostStatus.HIDDEN || status == PostStatus.PUBLISHED && flaggedHidden;
    }

    public void restore(Instant now) {
        if (!restorable()) {
            throw new IllegalStateException("Post " + id + " is " + status + ", not hidden");
        }
        Contribution before = contribution();
        publish(now);
        hiddenReason = null;
        clearFlags();
        updateCounts(before);
    }

    /** Removed by the teacher: kept for the log, shown as a placeholder where replies hang from it. */
    public void remove() {
        Contribution before = contribution();
        status = PostStatus.REMOVED;
        updateCounts(before);
    }

    /**
     * Records a flag; at the threshold the post is hidden from students until reviewed. Only
     * flags from students who were in the class before the post was written count towards the
     * threshold, so accounts made afterwards cannot hide it; theirs are kept for the teacher.
     *
     * @param joinedAt when the flagging student joined the class
     */
    public void flag(Account by, Instant joinedAt, FlagReason reason, String note, Instant now) {
        Flag flag = new Flag();
        flag.post = this;
        flag.account = by;
        flag.reason = reason;
        flag.note = note;
        flag.createdAt = now;
        flag.countsTowardHiding = joinedAt != null && !joinedAt.isAfter(createdAt);
        flag.persist();
        Contribution before = contribution();
        flagCount++;
        if (flag.countsTowardHiding) {
            hidingFlagCount++;
        }
        if (hidingFlagCount >= FLAG_THRESHOLD) {
            flaggedHidden = true;
        }
        updateCounts(before);
    }
}
