package org.roundtable.discussion;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

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

    /** The post's fields in the constructor's order, as paths on a post; the author's kind comes from {@code a}. */
    private static final List<String> FIELDS = List.of("id", "parent.id", "rootId", "author.id", "authorName",
            "authorPseudonym", "pseudonymous", "bodyHtml", "section.id", "stance", "status", "flaggedHidden",
            "endorsed", "hiddenReason", "createdAt", "editedAt", "replyCount", "wordCount", "depth",
            "approvedBodyHtml", "publishedAt");

    /**
     * The HQL select list matching the constructor; the query joins author {@code a}. Names come from
     * the post alone: never from the author's account, nor from an enrollment that may be gone.
     */
    static final String SELECT = selectWith("0");

    /**
     * The select list with the thread's size as counted by the query ({@code threadPosts}), over post {@code p}.
     *
     * @param threadPosts an HQL integer expression
     */
    static String selectWith(String threadPosts) {
        return select(field -> "p." + field, threadPosts);
    }

    /** The fields of post {@code q} as a derived table's columns, each under {@link #column its name}. */
    static String columnsOf(String q) {
        return FIELDS.stream().map(field -> q + "." + field + " as " + column(field)).collect(Collectors.joining(", "));
    }

    /**
     * The select list over derived table {@code w} made with {@link #columnsOf}: the posts are read once, not
     * joined back by id (a plan PostgreSQL may run as a scan per row when its statistics are stale).
     */
    static String selectFrom(String w, String threadPosts) {
        return select(field -> w + "." + column(field), threadPosts);
    }

    /** {@code parent.id} as {@code parentId}, and so on. */
    private static String column(String field) {
        return field.replace(".id", "Id");
    }

    private static String select(UnaryOperator<String> field, String threadPosts) {
        List<String> items = new ArrayList<>(FIELDS.stream().map(field).toList());
        items.add(FIELDS.indexOf("authorName") + 1,
                "case when a.kind = " + Account.Kind.class.getCanonicalName() + ".TEACHER then true else false end");
        return "select new " + PostRow.class.getName() + "(" + String.join(", ", items) + ", " + threadPosts + ") ";
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
