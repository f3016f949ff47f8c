package org.roundtable.discussion;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.roundtable.Plurals;
import org.roundtable.language.Messages;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * A student's progress in one discussion: whether they answered (as post first counts it), how many
 * classmates they replied to, and whether an answer waits for the teacher's approval.
 */
public record Progress(boolean answered, int classmatesRepliedTo, boolean answerWaiting) {

    static final Progress NOT_STARTED = new Progress(false, 0, false);

    public String label() {
        PostMsg words = Messages.now(PostMsg.class);
        if (!answered && answerWaiting) {
            return words.progressWaiting();
        }
        if (!answered && classmatesRepliedTo == 0) {
            return words.progressNotStarted();
        }
        String replies = classmatesRepliedTo == 0 ? ""
                : Plurals.format(Messages.locale(), words.progressRepliedTo(), classmatesRepliedTo);
        if (!answered) {
            return words.progressNotAnswered(replies);
        }
        return replies.isEmpty() ? words.progressAnswered() : words.progressAnsweredReplied(replies);
    }

    public String state() {
        return answered ? "answered" : classmatesRepliedTo > 0 || answerWaiting ? "started" : "not-started";
    }

    /** Progress in every discussion of a class, with one query. */
    public static Map<Long, Progress> forStudent(long classId, long accountId) {
        List<Object[]> rows = Panache.getEntityManager().createQuery(
                "select p.discussion.id, sum(case when p.parent is null and "
                        + Visibility.unlocksPostFirstHql("p", "c") + " then 1 else 0 end), "
                        + "count(distinct case when par.author.id <> :me then par.author.id end), "
                        + "sum(case when p.parent is null and p.status = :pending then 1 else 0 end) "
                        + "from Post p join p.discussion d join d.classroom c left join p.parent par "
                        + "where p.author.id = :me and c.id = :classroom "
                        + "and " + Visibility.liveHql("p") + " group by p.discussion.id",
                Object[].class)
                .setParameter("me", accountId)
                .setParameter("classroom", classId)
                .setParameter("pending", PostStatus.PENDING)
                .getResultList();
        Map<Long, Progress> progress = new HashMap<>();
        for (Object[] row : rows) {
            progress.put((Long) row[0], new Progress(((Number) row[1]).longValue() > 0, ((Number) row[2]).intValue(),
                    ((Number) row[3]).longValue() > 0));
        }
        return progress;
    }

    public static Progress of(Map<Long, Progress> all, long discussionId) {
        return all.getOrDefault(discussionId, NOT_STARTED);
    }
}
