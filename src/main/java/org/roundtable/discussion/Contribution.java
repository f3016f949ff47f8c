package org.roundtable.discussion;

import java.util.Objects;

import org.roundtable.classroom.Discussion;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * What one post adds to its discussion's counters (visible answers, stances), to its class's
 * citations of the article's sections ({@link SectionCitations}) and to its author's progress
 * ({@link ProgressTally}): taken before a change and compared
 * after it, so every change moves the counters by its own difference, in one UPDATE that concurrent
 * posts cannot overwrite.
 *
 * @param citedSection the section the post cites where classmates may read it, else null
 * @param answerStatus an answer's status while it counts towards its author's progress, else null
 * @param repliedTo the author a reply counts as replied to, else null
 */
public record Contribution(boolean counted, Stance stance, Long citedSection, PostStatus answerStatus,
        Long repliedTo) {

    static final Contribution NONE = new Contribution(false, null, null, null, null);

    /** What the post contributes now, as {@link Visibility#countsAsVisibleAnswer} and {@link #citedSection} decide. */
    public static Contribution of(Post post) {
        return new Contribution(Visibility.countsAsVisibleAnswer(post.isAnswer(), post.status, post.flaggedHidden),
                post.stance, citedSection(post), ProgressTally.answerStatus(post), ProgressTally.repliedTo(post));
    }

    /** A post counts on the section it cites while classmates may read it ({@link Visibility#toClassmates}). */
    static Long citedSection(Post post) {
        return post.section != null && Visibility.toClassmates(post.status, post.flaggedHidden) ? post.section.id
                : null;
    }

    /** Moves the post's discussion's counters by the difference between {@code before} and now. */
    public static void apply(Post post, Contribution before) {
        Contribution after = of(post);
        Discussion.adjustCounts(post.discussion.id, (after.counted ? 1 : 0) - (before.counted ? 1 : 0),
                after.count(Stance.AGREE) - before.count(Stance.AGREE),
                after.count(Stance.DISAGREE) - before.count(Stance.DISAGREE),
                after.count(Stance.UNSURE) - before.count(Stance.UNSURE));
        if (!Objects.equals(before.citedSection, after.citedSection)) {
            long classroomId = post.discussion.classroom.id;
            if (before.citedSection != null) {
                SectionCitations.add(classroomId, before.citedSection, -1);
            }
            if (after.citedSection != null) {
                SectionCitations.add(classroomId, after.citedSection, 1);
            }
        }
        ProgressTally.apply(post, before, after);
    }

    /**
     * Recounts a discussion's figures from its posts, after changes too broad to follow one by one
     * (removing a student with their posts).
     */
    public static void recount(long discussionId) {
        Object[] row = Panache.getEntityManager().createQuery("select count(p), "
                + "sum(case when p.stance = :agree then 1 else 0 end), "
                + "sum(case when p.stance = :disagree then 1 else 0 end), "
                + "sum(case when p.stance = :unsure then 1 else 0 end) "
                + "from Post p where p.discussion.id = :d and " + PostKind.answerHql("p") + " and "
                + Visibility.toClassmatesHql("p"),
                Object[].class)
                .setParameter("d", discussionId).setParameter("agree", Stance.AGREE)
                .setParameter("disagree", Stance.DISAGREE).setParameter("unsure", Stance.UNSURE)
                .getSingleResult();
        Discussion.setCounts(discussionId, number(row[0]), number(row[1]), number(row[2]), number(row[3]));
    }

    private static int number(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }

    int count(Stance s) {
        return counted && stance == s ? 1 : 0;
    }
}
