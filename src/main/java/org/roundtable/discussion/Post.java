package org.roundtable.discussion;

import java.time.Instant;
import java.util.function.UnaryOperator;

import org.roundtable.StoredEntity;
import org.roundtable.account.Account;
import org.roundtable.article.ArticleSection;
import org.roundtable.article.Markdown;
import org.roundtable.classroom.Discussion;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

/**
 * A top-level answer to a question, or a reply. The body is stored as typed and as
 * sanitised HTML rendered once, when it is written.
 */
@Entity
public class Post extends StoredEntity {

    public static final int MAX_LENGTH = 5000;

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
        Byline.writing(discussion.classroom, author).signOn(post);
        post.setBody(body, UnaryOperator.identity());
        post.stance = parent == null ? stance : null;
        post.section = section;
        post.status = status;
        post.publishedAt = status == PostStatus.PUBLISHED ? at : null;
        post.idempotencyKey = idempotencyKey;
        post.createdAt = at;
        post.placeUnder(parent);
        post.updateCounts(Contribution.NONE);
        return post;
    }

    /** Stores the post in its thread: its depth, its root, and one more reply on its parent. */
    private void placeUnder(Post parent) {
        this.parent = parent;
        // Deeper replies are shown at the last indented depth anyway, saying whom they answer: storing
        // them there keeps every depth small, whatever the length of a reply chain.
        depth = parent == null ? 0 : Math.min(parent.depth + 1, ThreadBuilder.MAX_DEPTH);
        rootId = parent == null ? null : parent.rootId; // a reply is stored whole, with no second write
        persist();
        if (parent == null) {
            rootId = id;
        } else {
            parent.replyCount++;
        }
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

    public boolean isBy(long accountId) {
        return author != null && author.id == accountId;
    }

    public boolean isLive() {
        return Visibility.isLive(status);
    }

    /** The text, rendered; {@code links} adds links to the HTML (a quote's source) once its words are counted. */
    void setBody(String source, UnaryOperator<String> links) {
        bodySource = source;
        String html = Markdown.renderPost(source);
        wordCount = Markdown.wordCountOfHtml(html);
        bodyHtml = links.apply(html);
    }

    /** The author's new text, which a reviewed author's classmates see only once approved: {@link PostReview#revise}. */
    void revise(String source, boolean reviewed, Instant at, UnaryOperator<String> links) {
        PostReview.revise(this, source, reviewed, at, links);
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
        return Contribution.of(this);
    }

    /** Applies the difference between the contribution before a change and now. */
    public void updateCounts(Contribution before) {
        Contribution.apply(this, before);
    }

    /** Makes a change of state and moves the discussion's counters by what it changed. */
    private void counted(Runnable change) {
        Contribution before = contribution();
        change.run();
        updateCounts(before);
    }

    public void deleteByAuthor() {
        counted(() -> status = PostStatus.DELETED);
    }

    /** The teacher lets a waiting post or edit through, or clears flags after review. */
    public void approve(Instant now) {
        counted(() -> PostReview.approve(this, now));
    }

    /** Hidden from classmates; the author sees "Hidden by your teacher: reason". */
    public void hide(String reason) {
        counted(() -> PostReview.hide(this, reason));
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
        counted(() -> PostReview.restore(this, now));
    }

    /**
     * Removed by the teacher: kept for the log, shown as a placeholder where replies hang from it
     * and always to its author, who is told the reason (null: none given).
     */
    public void remove(String reason) {
        counted(() -> {
            status = PostStatus.REMOVED;
            hiddenReason = reason == null || reason.isBlank() ? null : reason.strip();
        });
    }

    /** Records a flag (see {@link Flag#raise}): at the threshold the post is hidden from students until reviewed. */
    public void flag(Account by, Instant joinedAt, FlagReason reason, String note, Instant now) {
        counted(() -> Flag.raise(this, by, joinedAt, reason, note, now));
    }
}
