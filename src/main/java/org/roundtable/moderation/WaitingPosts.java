package org.roundtable.moderation;

import java.time.Instant;
import java.util.List;

import org.roundtable.discussion.AuthorNames;
import org.roundtable.discussion.Post;
import org.roundtable.discussion.Visibility;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * The posts "Approve all" confirms and then approves. The confirmation names the highest post id
 * it showed and when it was shown; the approval takes only waiting posts up to that id and not
 * edited since, so a post or an edit that arrives in between is never approved unseen.
 */
final class WaitingPosts {

    /** One line of the confirmation: whose post, and its first words. */
    record Line(long postId, String authorName, String firstWords) {
    }

    static final int FIRST_WORDS = 80;

    private WaitingPosts() {
    }

    /** Waiting posts of the class with {@code id <= upTo}, not edited after {@code shownAt}, oldest first. */
    static List<Post> upTo(long classId, long upTo, Instant shownAt) {
        return Panache.getEntityManager().createQuery("select p from Post p join fetch p.author "
                + "where p.discussion.classroom.id = :c and " + Visibility.waitingApprovalHql("p")
                + " and p.id <= :upTo and (p.editedAt is null or p.editedAt <= :shown) order by p.id", Post.class)
                .setParameter("c", classId).setParameter("upTo", upTo).setParameter("shown", shownAt)
                .getResultList();
    }

    static List<Line> lines(long classId, List<Post> posts) {
        AuthorNames names = AuthorNames.of(classId);
        return posts.stream().map(p -> new Line(p.id, names.of(p), firstWords(p.bodySource))).toList();
    }

    /** The post's text on one line, cut at a word near {@link #FIRST_WORDS} characters. */
    static String firstWords(String source) {
        String flat = source == null ? "" : source.strip().replaceAll("\\s+", " ");
        if (flat.length() <= FIRST_WORDS) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', FIRST_WORDS);
        return flat.substring(0, cut > 0 ? cut : FIRST_WORDS) + "…";
    }

    static long highestId(List<Post> posts) {
        return posts.stream().mapToLong(p -> p.id).max().orElse(0);
    }
}
