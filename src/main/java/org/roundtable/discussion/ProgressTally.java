package org.roundtable.discussion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.EntityManager;

/**
 * Each student's {@link Progress} in each discussion, kept in {@code post_progress} as posts change: their answers
 * that can let them past post first ({@link Visibility#unlocksPostFirst} in some class: published or waiting), and
 * the others they replied to, each counted once ({@code reply_tally}: their live replies per author replied to). A
 * post's part comes from its {@link Contribution}; {@link #recount} sets a class's rows from its posts.
 */
public final class ProgressTally {

    private ProgressTally() {
    }

    /** The answer's status while it counts towards progress (published or waiting), else null. */
    static PostStatus answerStatus(Post post) {
        boolean counts = post.isAnswer() && post.author != null && Visibility.isLive(post.status)
                && Visibility.unlocksPostFirst(post.status, false);
        return counts ? post.status : null;
    }

    /** Whom a live reply answers, when it is another author's post, else null. */
    static Long repliedTo(Post post) {
        if (post.isAnswer() || post.author == null || !Visibility.isLive(post.status) || post.parent.author == null) {
            return null;
        }
        long to = post.parent.author.id;
        return to == post.author.id ? null : to;
    }

    /** Moves the author's rows by the difference between {@code before} and {@code after}. */
    static void apply(Post post, Contribution before, Contribution after) {
        if (post.author == null) {
            return;
        }
        long classroomId = post.discussion.classroom.id;
        long discussion = post.discussion.id;
        long author = post.author.id;
        int published = is(after.answerStatus(), PostStatus.PUBLISHED)
                - is(before.answerStatus(), PostStatus.PUBLISHED);
        int pending = is(after.answerStatus(), PostStatus.PENDING) - is(before.answerStatus(), PostStatus.PENDING);
        if (published != 0 || pending != 0) {
            progress(classroomId, discussion, author, published, pending, 0);
        }
        if (!Objects.equals(before.repliedTo(), after.repliedTo())) {
            if (before.repliedTo() != null) {
                reply(classroomId, discussion, author, before.repliedTo(), -1);
            }
            if (after.repliedTo() != null) {
                reply(classroomId, discussion, author, after.repliedTo(), 1);
            }
        }
    }

    private static int is(PostStatus status, PostStatus wanted) {
        return status == wanted ? 1 : 0;
    }

    private static void progress(long classroomId, long discussion, long author, int published, int pending,
            int repliedTo) {
        CounterRows.add(() -> CounterRows.lockAccount(author),
                () -> em().createNativeQuery("update post_progress set published_answers = "
                        + "published_answers + ?3, pending_answers = pending_answers + ?4, replied_to = replied_to + ?5 "
                        + "where discussion_id = ?1 and account_id = ?2").setParameter(1, discussion)
                        .setParameter(2, author)
                        .setParameter(3, published).setParameter(4, pending).setParameter(5, repliedTo).executeUpdate(),
                () -> insertProgress(discussion, author, published, pending, repliedTo));
    }

    /** One reply more or fewer to {@code to}; the first, or the last one gone, moves the count of others. */
    private static void reply(long classroomId, long discussion, long author, long to, int delta) {
        CounterRows.add(() -> CounterRows.lockAccount(author),
                () -> em().createNativeQuery("update reply_tally set replies = replies + ?4 "
                        + "where discussion_id = ?1 and account_id = ?2 and replied_to_id = ?3")
                        .setParameter(1, discussion)
                        .setParameter(2, author).setParameter(3, to).setParameter(4, delta).executeUpdate(),
                () -> insertReplies(discussion, author, to, delta));
        // The row is locked by the update above until the transaction ends: this reads what it left.
        int replies = ((Number) em().createNativeQuery("select replies from reply_tally where discussion_id = ?1 "
                + "and account_id = ?2 and replied_to_id = ?3").setParameter(1, discussion).setParameter(2, author)
                .setParameter(3, to).getSingleResult()).intValue();
        if (delta > 0 && replies == 1 || delta < 0 && replies == 0) {
            progress(classroomId, discussion, author, 0, 0, delta);
        }
    }

    /** A student's progress in every discussion of a class, as kept: one read of their rows. */
    public static Map<Long, Progress> forStudent(long classroomId, long accountId) {
        List<Object[]> rows = em().createNativeQuery("select p.discussion_id, p.published_answers, p.pending_answers, "
                + "p.replied_to, c.pre_moderation from post_progress p join discussion d on d.id = p.discussion_id "
                + "join classroom c on c.id = d.classroom_id where d.classroom_id = ?1 and p.account_id = ?2",
                Object[].class).setParameter(1, classroomId).setParameter(2, accountId).getResultList();
        Map<Long, Progress> progress = new HashMap<>();
        for (Object[] row : rows) {
            boolean preModeration = (Boolean) row[4];
            int pending = number(row[2]);
            boolean answered = number(row[1]) > 0 && Visibility.unlocksPostFirst(PostStatus.PUBLISHED, preModeration)
                    || pending > 0 && Visibility.unlocksPostFirst(PostStatus.PENDING, preModeration);
            progress.put(((Number) row[0]).longValue(), new Progress(answered, number(row[3]), pending > 0));
        }
        return progress;
    }

    /** Every row of a class as kept, "discussion/account" → [published, pending, replied to], zeros left out. */
    public static Map<String, List<Integer>> stored(long classroomId) {
        List<Object[]> rows = em().createNativeQuery("select p.discussion_id, p.account_id, p.published_answers, "
                + "p.pending_answers, p.replied_to from post_progress p join discussion d on d.id = p.discussion_id "
                + "where d.classroom_id = ?1", Object[].class).setParameter(1, classroomId).getResultList();
        Map<String, List<Integer>> stored = new HashMap<>();
        for (Object[] row : rows) {
            List<Integer> counts = List.of(number(row[2]), number(row[3]), number(row[4]));
            if (!counts.equals(List.of(0, 0, 0))) {
                stored.put(row[0] + "/" + row[1], counts);
            }
        }
        return stored;
    }

    /** The same rows counted from the class's posts, by the rules {@link #answerStatus} and {@link #repliedTo} keep. */
    public static Map<String, List<Integer>> counted(long classroomId) {
        Map<String, List<Integer>> counted = new HashMap<>();
        for (Object[] row : em().createQuery("select p.discussion.id, p.author.id, "
                + "sum(case when p.status = " + PostStatus.PUBLISHED.hql() + " then 1 else 0 end), "
                + "sum(case when p.status = " + PostStatus.PENDING.hql() + " then 1 else 0 end) from Post p "
                + "where p.discussion.classroom.id = :c and " + PostKind.answerHql("p") + " and p.author is not null "
                + "group by p.discussion.id, p.author.id", Object[].class).setParameter("c", classroomId)
                .getResultList()) {
            counted.put(row[0] + "/" + row[1], new ArrayList<>(List.of(number(row[2]), number(row[3]), 0)));
        }
        for (Object[] pair : pairs(classroomId)) {
            List<Integer> counts = counted.computeIfAbsent(pair[0] + "/" + pair[1],
                    k -> new ArrayList<>(List.of(0, 0, 0)));
            counts.set(2, counts.get(2) + 1);
        }
        counted.values().removeIf(counts -> counts.equals(List.of(0, 0, 0)));
        return counted;
    }

    /** (discussion, author, replied to, replies) of a class's live replies to other authors. */
    private static List<Object[]> pairs(long classroomId) {
        return em().createQuery("select p.discussion.id, p.author.id, par.author.id, count(p) from Post p "
                + "join p.parent par where p.discussion.classroom.id = :c and p.author is not null and "
                + "par.author is not null and par.author.id <> p.author.id and " + Visibility.liveHql("p")
                + " group by p.discussion.id, p.author.id, par.author.id", Object[].class)
                .setParameter("c", classroomId).getResultList();
    }

    /** Sets a class's rows from its posts (removing a student with their posts). */
    public static void recount(long classroomId) {
        CounterRows.lockClass(classroomId);
        String ofClass = " where discussion_id in (select id from discussion where classroom_id = ?1)";
        em().createNativeQuery("delete from reply_tally" + ofClass).setParameter(1, classroomId).executeUpdate();
        em().createNativeQuery("delete from post_progress" + ofClass).setParameter(1, classroomId).executeUpdate();
        for (Object[] pair : pairs(classroomId)) {
            insertReplies((Long) pair[0], (Long) pair[1], (Long) pair[2], number(pair[3]));
        }
        counted(classroomId).forEach((key, counts) -> {
            String[] ids = key.split("/");
            insertProgress(Long.parseLong(ids[0]), Long.parseLong(ids[1]), counts.get(0), counts.get(1),
                    counts.get(2));
        });
    }

    private static void insertProgress(long discussion, long author, int published, int pending, int repliedTo) {
        em().createNativeQuery("insert into post_progress (discussion_id, account_id, published_answers, "
                + "pending_answers, replied_to) values (?1, ?2, ?3, ?4, ?5)").setParameter(1, discussion)
                .setParameter(2, author).setParameter(3, published).setParameter(4, pending)
                .setParameter(5, repliedTo).executeUpdate();
    }

    private static void insertReplies(long discussion, long author, long to, int replies) {
        em().createNativeQuery("insert into reply_tally (discussion_id, account_id, replied_to_id, replies) "
                + "values (?1, ?2, ?3, ?4)").setParameter(1, discussion).setParameter(2, author).setParameter(3, to)
                .setParameter(4, replies).executeUpdate();
    }

    private static int number(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }
}
