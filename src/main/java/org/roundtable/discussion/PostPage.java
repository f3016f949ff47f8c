package org.roundtable.discussion;

import java.util.List;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.TypedQuery;
import jakarta.ws.rs.BadRequestException;

/**
 * One page of a discussion: a page of top-level answers and all their replies, read
 * with a single query whatever the size of the discussion, then shaped into threads.
 * Answers are found by {@code depth = 0} rather than by a missing parent, so that the
 * {@code post_page} index serves them in page order.
 */
public record PostPage(List<ThreadEntry> entries, int page, int pageCount, boolean hasNext) {

    public static final int ANSWERS_PER_PAGE = 50;
    /** The last page whose first answer can be counted to: beyond it the offset would overflow. */
    static final int MAX_PAGE = Integer.MAX_VALUE / ANSWERS_PER_PAGE;

    /** A page number below 1 means the first page; one that no discussion can reach is a bad request. */
    public static PostPage load(DiscussionScope scope, Sort sort, int page) {
        if (page > MAX_PAGE) {
            throw new BadRequestException("page " + page + " is beyond any discussion");
        }
        int safePage = Math.max(1, page);
        ThreadBuilder.Viewing viewing = scope.viewing();
        List<PostRow> rows = threadsOf(scope.discussion().id, viewing, sort, safePage);
        List<Long> rootOrder = rows.stream().filter(PostRow::isAnswer)
                .sorted(sort.comparator).map(PostRow::id).toList();
        List<ThreadEntry> entries = ThreadBuilder.build(viewing, rows, rootOrder);
        int visibleAnswers = Math.max(scope.discussion().answerCount, rootOrder.size());
        int pageCount = Math.max(1, (visibleAnswers + ANSWERS_PER_PAGE - 1) / ANSWERS_PER_PAGE);
        boolean hasNext = rootOrder.size() == ANSWERS_PER_PAGE;
        return new PostPage(entries, safePage, Math.max(pageCount, safePage), hasNext);
    }

    /** Every post of the page's threads, any status, with one query: the builder decides what shows. */
    private static List<PostRow> threadsOf(long discussionId, ThreadBuilder.Viewing viewing, Sort sort, int page) {
        String hql = PostRow.SELECT
                + "from Post p left join p.author a "
                + "where p.discussion.id = :discussion and p.rootId in ("
                + "select r.id from Post r where r.discussion.id = :discussion and r.depth = 0 and "
                + rootFilter(viewing) + " order by " + sort.orderBy + " limit :limit offset :offset)";
        TypedQuery<PostRow> query = Panache.getEntityManager().createQuery(hql, PostRow.class)
                .setParameter("discussion", discussionId)
                .setParameter("limit", ANSWERS_PER_PAGE)
                .setParameter("offset", (page - 1) * ANSWERS_PER_PAGE);
        if (!viewing.teacher()) {
            query.setParameter("viewer", viewing.viewerId());
        }
        return query.getResultList();
    }

    /**
     * Which answers take a place on the page, as {@link Visibility} decides: any that may show in
     * full or hold visible replies (the builder then decides each post of their threads).
     */
    private static String rootFilter(ThreadBuilder.Viewing viewing) {
        if (viewing.teacher()) {
            return "(" + Visibility.liveHql("r") + " or r.replyCount > 0)";
        }
        if (viewing.seesClassmates()) {
            return "(r.author.id = :viewer or " + Visibility.toClassmatesHql("r") + " or r.replyCount > 0)";
        }
        return "r.author.id = :viewer";
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
