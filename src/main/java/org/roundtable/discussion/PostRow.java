package org.roundtable.discussion;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.roundtable.account.Account;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * A post as the discussion page reads it: one row of one query, with the names it was written
 * under (recorded on the post, see {@link Byline}), so that rendering touches no entity and no
 * lazy association.
 *
 * @param threadPosts on an answer read for a page, the posts of its thread that the page's query counted for
 *        this reader (the answer included), shown or not; 0 where nothing was counted
 */
public record PostRow(long id, Long parentId, long rootId, Long authorId, String authorName, boolean authorIsTeacher,
        String pseudonym, boolean pseudonymous, String bodyHtml, Long sectionId, Stance stance, PostStatus status,
        boolean flaggedHidden, boolean endorsed, String hiddenReason, Instant createdAt, Instant editedAt,
        int replyCount,
        int wordCount, int depth, String approvedBodyHtml, Instant publishedAt, int threadPosts) {

    /**
     * The HQL select list matching the constructor; the query joins author {@code a}. Names come from
     * the post alone: never from the author's account, nor from an enrollment that may be gone.
     */
    static final String SELECT = selectWith("0");

    /**
     * The select list with the thread's size as counted by the query ({@code threadPosts}).
     *
     * @param threadPosts an HQL integer expression
     */
    static String selectWith(String threadPosts) {
        return "select new " + PostRow.class.getName() + "(p.id, p.parent.id, p.rootId, a.id, "
                + "p.authorName, "
                + "case when a.kind = " + Account.Kind.class.getCanonicalName() + ".TEACHER then true else false end, "
                + "p.authorPseudonym, p.pseudonymous, p.bodyHtml, p.section.id, p.stance, p.status, p.flaggedHidden, "
                + "p.endorsed, p.hiddenReason, p.createdAt, p.editedAt, p.replyCount, p.wordCount, p.depth, "
                + "p.approvedBodyHtml, p.publishedAt, " + threadPosts + ") ";
    }

    /**
     * A post and the post it replies to, as the live stream reads a change: one query, parent
     * (if any) included, in no particular order.
     */
    public static List<PostRow> withParent(long postId) {
        return Panache.getEntityManager().createQuery(SELECT + "from Post p left join p.author a "
                + "where p.id = :id or p.id = (select q.parent.id from Post q where q.id = :id)", PostRow.class)
                .setParameter("id", postId).getResultList();
    }

    /** Posts by id, in no particular order, for a reader who is told of them (their notices). */
    public static List<PostRow> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return Panache.getEntityManager().createQuery(SELECT + "from Post p left join p.author a where p.id in :ids",
                PostRow.class).setParameter("ids", ids).getResultList();
    }

    public Byline byline() {
        return new Byline(authorId, authorIsTeacher, authorName, pseudonym, pseudonymous);
    }

    public boolean isBy(long accountId) {
        return authorId != null && authorId == accountId;
    }

    public boolean isAnswer() {
        return parentId == null;
    }

    /** Classmates could see it at some time: only such a post may leave them a placeholder. */
    public boolean wasPublished() {
        return publishedAt != null;
    }

    /** An edit waits for the teacher: classmates still see {@link #approvedBodyHtml}. */
    public boolean editWaiting() {
        return approvedBodyHtml != null;
    }

    public boolean isLive() {
        return Visibility.isLive(status);
    }
}
