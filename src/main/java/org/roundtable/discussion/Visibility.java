package org.roundtable.discussion;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The one rule of who may see a post, its text and its author's name, and the query fragments
 * derived from it. The page, the live stream, the forms, the exports, the class home, post
 * first and every counter ask here, in Java or through these fragments, so they cannot disagree.
 *
 * <p>The rule: a post its author deleted or the teacher removed is gone for everyone. Otherwise
 * the teacher and the author see it; classmates see it once post first lets them see classmates
 * at all, when it is published and not hidden by flags. Classmates see the approved text while
 * an edit waits, and the name {@link Byline#seenBy} gives them.
 */
public final class Visibility {

    private Visibility() {
    }

    /** Still there: neither deleted by its author nor removed by the teacher. */
    public static boolean isLive(PostStatus status) {
        return status != PostStatus.DELETED && status != PostStatus.REMOVED;
    }

    /** Classmates may read it (once post first lets them see classmates): published, not hidden by flags. */
    public static boolean toClassmates(PostStatus status, boolean flaggedHidden) {
        return status == PostStatus.PUBLISHED && !flaggedHidden;
    }

    /** Counts in the discussion's visible answers and stance figures: an answer classmates may read. */
    public static boolean countsAsVisibleAnswer(boolean answer, PostStatus status, boolean flaggedHidden) {
        return answer && toClassmates(status, flaggedHidden);
    }

    /** This reader sees the post in full, with its text and a name. */
    public static boolean inFull(ThreadBuilder.Viewing viewing, boolean own, PostStatus status, boolean flaggedHidden) {
        if (!isLive(status)) {
            return false;
        }
        return viewing.teacher() || own || viewing.seesClassmates() && toClassmates(status, flaggedHidden);
    }

    public static boolean inFull(ThreadBuilder.Viewing viewing, PostRow post) {
        return inFull(viewing, post.isBy(viewing.viewerId()), post.status(), post.flaggedHidden());
    }

    public static boolean inFull(ThreadBuilder.Viewing viewing, Post post) {
        return inFull(viewing, post.isBy(viewing.viewerId()), post.status, post.flaggedHidden);
    }

    /** The author's own post the teacher removed: it always stands for them, saying so. */
    public static boolean removedFromAuthor(ThreadBuilder.Viewing viewing, PostRow post) {
        return !viewing.teacher() && post.status() == PostStatus.REMOVED && post.isBy(viewing.viewerId());
    }

    /**
     * A post this reader cannot read may still stand as a placeholder only if they could see it
     * once: a classmate's post that was never published leaves no trace.
     */
    public static boolean holdsPlace(ThreadBuilder.Viewing viewing, PostRow post) {
        return viewing.teacher() || post.isBy(viewing.viewerId()) || viewing.seesClassmates() && post.wasPublished();
    }

    /** The text this reader sees: classmates see the approved one while the author's edit waits. */
    public static String bodyFor(ThreadBuilder.Viewing viewing, PostRow post) {
        boolean approvedOnly = post.editWaiting() && !viewing.teacher() && !post.isBy(viewing.viewerId());
        return approvedOnly ? post.approvedBodyHtml() : post.bodyHtml();
    }

    /** The author's name this reader sees: {@link Byline#seenBy}. */
    public static String nameFor(ThreadBuilder.Viewing viewing, PostRow post) {
        return post.byline().seenBy(viewing);
    }

    /** A student may flag a classmate's post they can read; nobody flags their own, the teacher never. */
    public static boolean mayFlag(ThreadBuilder.Viewing viewing, Post post) {
        return !viewing.teacher() && !post.isBy(viewing.viewerId()) && inFull(viewing, post);
    }

    /** The same, for a post the page shows in full to this reader. */
    static boolean mayFlag(ThreadEntry entry, boolean teacher) {
        return !entry.own() && !teacher && entry.post().status() == PostStatus.PUBLISHED;
    }

    /**
     * Post first: which of a student's answers let them see classmates' answers. A published answer
     * does (flags do not take it back: classmates must not be able to shut a student out); so does
     * one still waiting in a class that has no pre-moderation (any more), which the teacher has not
     * reviewed. So does one the teacher removed: the author took part, and removing an answer must not
     * shut them out of the replies they wrote since. A waiting answer in a pre-moderated class does not,
     * nor a hidden or deleted one.
     */
    public static boolean unlocksPostFirst(PostStatus status, boolean preModeration) {
        return status == PostStatus.PUBLISHED || status == PostStatus.REMOVED
                || status == PostStatus.PENDING && !preModeration;
    }

    // --- The same rules as HQL conditions, for queries on Post (alias given) -------------------------

    /** HQL: {@link #isLive}. */
    public static String liveHql(String post) {
        return post + ".status not in (" + literals(PostStatus.DELETED, PostStatus.REMOVED) + ")";
    }

    /** HQL: {@link #toClassmates}. */
    public static String toClassmatesHql(String post) {
        return "(" + post + ".status = " + PostStatus.PUBLISHED.hql() + " and " + post + ".flaggedHidden = false)";
    }

    /**
     * HQL: the reader {@code :viewerParam} is past post first in a discussion ({@link DiscussionScope#seesClassmates}
     * for a student): the class has no post first, the discussion is locked or the class archived, or they have an
     * answer there that unlocks it.
     */
    public static String seesClassmatesHql(String discussion, String classroom, String viewerParam) {
        return "(" + classroom + ".postFirst = false or " + discussion + ".locked = true or " + classroom
                + ".archived = true or exists (select 1 from Post mine where mine.discussion = " + discussion
                + " and mine.author.id = :" + viewerParam + " and " + PostKind.answerHql("mine") + " and "
                + unlocksPostFirstHql("mine", classroom) + "))";
    }

    /**
     * HQL: {@link #inFull} for the reader {@code :viewerParam}, on a post, its discussion and its class: the teacher
     * of the class or the author while the post is live, classmates once post first lets them and the post is
     * published and not hidden by flags. A student does not see a discussion taken away from its assignment.
     */
    public static String inFullHql(String post, String discussion, String classroom, String viewerParam) {
        String teacher = classroom + ".teacher.id = :" + viewerParam;
        return "(" + liveHql(post) + " and (" + teacher + " or (" + discussion + ".withdrawn = false and ("
                + post + ".author.id = :" + viewerParam + " or " + toClassmatesHql(post) + " and "
                + seesClassmatesHql(discussion, classroom, viewerParam) + "))))";
    }

    /** HQL: {@link #removedFromAuthor} for the reader {@code :viewerParam} (a student: the teacher removed it). */
    public static String removedFromAuthorHql(String post, String discussion, String viewerParam) {
        return "(" + post + ".status = " + PostStatus.REMOVED.hql() + " and " + post + ".author.id = :" + viewerParam
                + " and " + discussion + ".withdrawn = false)";
    }

    /** HQL: {@link #unlocksPostFirst}, on a post and its class. */
    public static String unlocksPostFirstHql(String post, String classroom) {
        return "(" + post + ".status in (" + literals(PostStatus.PUBLISHED, PostStatus.REMOVED) + ") or ("
                + post + ".status = "
                + PostStatus.PENDING.hql() + " and " + classroom + ".preModeration = false))";
    }

    /** HQL: hidden from classmates until the teacher acts on it: waiting for approval, or hidden by flags. */
    public static String awaitsTeacherHql(String post) {
        return "(" + post + ".status = " + PostStatus.PENDING.hql() + " or (" + post + ".flaggedHidden = true and "
                + post + ".status = " + PostStatus.PUBLISHED.hql() + "))";
    }

    /** HQL: waiting for the teacher's approval: a new post, or an edit of a published one. */
    public static String waitingApprovalHql(String post) {
        return "(" + post + ".status = " + PostStatus.PENDING.hql() + " or " + post + ".status = "
                + PostStatus.PUBLISHED.hql() + " and " + post + ".approvedBodyHtml is not null)";
    }

    /** HQL: flagged since the teacher last reviewed it, and still published. */
    public static String flaggedHql(String post) {
        return "(" + post + ".flagCount > 0 and " + post + ".status = " + PostStatus.PUBLISHED.hql() + ")";
    }

    /** HQL: {@link PostStatus#isModeratedAway}. */
    public static String moderatedAwayHql(String post) {
        return post + ".status in (" + literals(PostStatus.HIDDEN, PostStatus.REMOVED) + ")";
    }

    /** HQL: not deleted by its author (the teacher still sees what they removed). */
    public static String notDeletedHql(String post) {
        return post + ".status <> " + PostStatus.DELETED.hql();
    }

    private static String literals(PostStatus... statuses) {
        return Arrays.stream(statuses).map(PostStatus::hql).collect(Collectors.joining(", "));
    }
}
