package org.roundtable.discussion;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.TypedQuery;
import jakarta.ws.rs.BadRequestException;

/**
 * One page of a discussion: a page of top-level answers and the first replies of each, read
 * with a single query whatever the size of the discussion, then shaped into threads.
 * Answers are found by depth ({@link PostKind}), so that the
 * {@code post_page} index serves them in page order.
 *
 * <p>A thread shows its first {@link #REPLIES_SHOWN} replies, oldest first, and says how many more
 * there are ({@link #moreReplies}); the thread of the post asked for ({@code expanded}) shows whole.
 * Replies come after the post they answer, so the oldest replies of a thread always include their
 * parents: the shown part is a thread of its own (docs/decisions.md).
 *
 * @param moreReplies per answer, how many replies of its thread the page leaves out (answers with none left out
 *        are missing)
 */
public record PostPage(List<ThreadEntry> entries, int page, int pageCount, boolean hasNext,
        Map<Long, Integer> moreReplies) {

    public static final int ANSWERS_PER_PAGE = 50;
    /** Replies a thread shows on the page before the rest collapse behind a link. */
    public static final int REPLIES_SHOWN = 3;
    /** The last page whose first answer can be counted to: beyond it the offset would overflow. */
    static final int MAX_PAGE = Integer.MAX_VALUE / ANSWERS_PER_PAGE;

    /** A page number below 1 means the first page; one that no discussion can reach is a bad request. */
    public static PostPage load(DiscussionScope scope, Sort sort, int page) {
        return load(scope, sort, page, null);
    }

    /**
     * @param expanded a post whose whole thread the page shows (a reply being written or just posted, a thread
     *        opened from its link), or null
     */
    public static PostPage load(DiscussionScope scope, Sort sort, int page, Long expanded) {
        if (page > MAX_PAGE) {
            throw new BadRequestException("page " + page + " is beyond any discussion");
        }
        int safePage = Math.max(1, page);
        ThreadBuilder.Viewing viewing = scope.viewing();
        List<PostRow> rows = threadsOf(scope.discussion().id, viewing, sort, safePage, expanded);
        List<Long> rootOrder = rows.stream().filter(PostRow::isAnswer)
                .sorted(sort.comparator).map(PostRow::id).toList();
        List<ThreadEntry> entries = ThreadBuilder.build(viewing, rows, rootOrder);
        int visibleAnswers = Math.max(scope.discussion().answerCount, rootOrder.size());
        int pageCount = Math.max(1, (visibleAnswers + ANSWERS_PER_PAGE - 1) / ANSWERS_PER_PAGE);
        boolean hasNext = rootOrder.size() == ANSWERS_PER_PAGE;
        return new PostPage(entries, safePage, Math.max(pageCount, safePage), hasNext, leftOut(rows));
    }

    /** Per answer, the posts its thread counted that the query did not return. */
    private static Map<Long, Integer> leftOut(List<PostRow> rows) {
        Map<Long, Integer> read = new HashMap<>();
        rows.forEach(row -> read.merge(row.rootId(), 1, Integer::sum));
        Map<Long, Integer> more = new HashMap<>();
        for (PostRow row : rows) {
            if (row.isAnswer() && row.threadPosts() > read.get(row.id())) {
                more.put(row.id(), row.threadPosts() - read.get(row.id()));
            }
        }
        return more;
    }

    /**
     * The page's threads with one query: each thread's posts this reader may see are numbered oldest
     * first and counted in the database (window functions, over posts read once), and only the first
     * few come back. Any status: the builder decides what shows.
     */
    private static List<PostRow> threadsOf(long discussionId, ThreadBuilder.Viewing viewing, Sort sort, int page,
            Long expanded) {
        String roots = "select r.id from Post r where r.discussion.id = :discussion and " + PostKind.answerHql("r")
                + " and "
                + rootFilter(viewing, "r") + " order by " + sort.orderBy + " limit :limit offset :offset";
        String numbered = "select " + PostRow.columnsOf("q") + ", row_number() over (partition by q.rootId order by "
                + "case when " + PostKind.answerHql("q") + " then 0 else 1 end, q.createdAt, q.id) as place, "
                + "count(*) over (partition by q.rootId) as size from Post q "
                + "where q.discussion.id = :discussion and q.rootId in (" + roots + ") and (" + PostKind.answerHql("q")
                + " or "
                + rootFilter(viewing, "q") + ")";
        String hql = PostRow.selectFrom("w",
                "case when " + PostKind.answerHql("w") + " then cast(w.size as Integer) else 0 end")
                + "from (" + numbered + ") w left join Account a on a.id = w.authorId "
                + "where w.place <= :shown"
                + (expanded == null ? "" : " or w.rootId = (select x.rootId from Post x where x.id = :expanded)");
        TypedQuery<PostRow> query = Panache.getEntityManager().createQuery(hql, PostRow.class)
                .setParameter("discussion", discussionId)
                .setParameter("limit", ANSWERS_PER_PAGE)
                .setParameter("offset", (page - 1) * ANSWERS_PER_PAGE)
                .setParameter("shown", 1 + REPLIES_SHOWN);
        if (expanded != null) {
            query.setParameter("expanded", expanded);
        }
        if (!viewing.teacher()) {
            query.setParameter("viewer", viewing.viewerId());
        }
        return query.getResultList();
    }

    /**
     * Which posts take a place on the page, as {@link Visibility} decides: any that may show in
     * full or hold visible replies (the builder then decides each post of their threads). Answers are
     * chosen by it, and replies counted by it.
     */
    private static String rootFilter(ThreadBuilder.Viewing viewing, String r) {
        if (viewing.teacher()) {
            return "(" + Visibility.liveHql(r) + " or " + r + ".replyCount > 0)";
        }
        if (viewing.seesClassmates()) {
            return "(" + r + ".author.id = :viewer or " + Visibility.toClassmatesHql(r) + " or " + r
                    + ".replyCount > 0)";
        }
        return r + ".author.id = :viewer";
    }

    public int previousPage() {
        return page - 1;
    }

    public int nextPage() {
        return page + 1;
    }

    /** Oldest-first page on which the n-th answer (1-based) appears. */
    public static int pageOf(int answerNumber) {
        return Math.max(1, (answerNumber + ANSWERS_PER_PAGE - 1) / ANSWERS_PER_PAGE);
    }

}
