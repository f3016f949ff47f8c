package org.roundtable.discussion;

import java.util.List;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * A changed post as the live streams read it: the post and its parent, with one query,
 * and the class's settings now, with another.
 *
 * @param post null when the post is gone
 * @param rules null when the class is gone
 */
public record ChangedPost(PostRow post, PostRow parent, ClassRules rules) {

    public static ChangedPost load(long classId, long postId) {
        List<PostRow> rows = Panache.getEntityManager().createQuery(PostRow.SELECT
                + "from Post p left join p.author a "
                + "where p.id = :id or p.id = (select q.parent.id from Post q where q.id = :id)", PostRow.class)
                .setParameter("id", postId).getResultList();
        PostRow post = rows.stream().filter(r -> r.id() == postId).findFirst().orElse(null);
        PostRow parent = post == null || post.parentId() == null ? null
                : rows.stream().filter(r -> r.id() == post.parentId()).findFirst().orElse(null);
        return new ChangedPost(post, parent, ClassRules.load(classId));
    }
}
