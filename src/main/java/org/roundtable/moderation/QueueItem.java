package org.roundtable.moderation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.roundtable.classroom.Enrollment;
import org.roundtable.discussion.AuthorNames;
import org.roundtable.discussion.EnumParams;
import org.roundtable.discussion.Flag;
import org.roundtable.discussion.Post;
import org.roundtable.discussion.PostStatus;
import org.roundtable.discussion.Visibility;
import org.roundtable.language.Messages;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * A post in the teacher's moderation queue with its context: the question, the post it
 * replies to, the real author, and every flag with its reason.
 */
public record QueueItem(long postId, long discussionId, long authorId, String authorName, boolean authorMuted,
        int questionPosition, String questionText, String bodyHtml, String parentAuthor, String parentHtml,
        PostStatus status, boolean flaggedHidden, boolean endorsed, String hiddenReason, Instant createdAt,
        Instant editedAt, List<FlagView> flags, String approvedHtml, boolean restorable) {

    /** @param counted the flagger was in the class before the post was written, so the flag counts towards hiding */
    public record FlagView(String by, String reason, String note, Instant at, boolean counted) {
    }

    public enum Tab {

        WAITING, FLAGGED, HIDDEN, EDITED;

        /** "Waiting for approval", in the language being spoken. */
        public String label() {
            ModerationMsg words = Messages.now(ModerationMsg.class);
            return switch (this) {
                case WAITING -> words.tabWaiting();
                case FLAGGED -> words.tabFlagged();
                case HIDDEN -> words.tabHidden();
                case EDITED -> words.tabEdited();
            };
        }

        public static Tab parse(String value) {
            return EnumParams.parse(Tab.class, value, WAITING);
        }
    }

    static final int LIMIT = 200;

    /** The items of one tab, newest first: three queries whatever the tab. */
    public static List<QueueItem> load(long classId, Tab tab, Instant now) {
        List<Post> posts = posts(classId, tab, now);
        if (posts.isEmpty()) {
            return List.of();
        }
        AuthorNames names = AuthorNames.of(classId);
        Map<Long, List<FlagView>> flags = flags(posts, names);
        return posts.stream().map(p -> item(p, names, flags.getOrDefault(p.id, List.of()), now)).toList();
    }

    /** The tab's posts with their question and parent, in one query; the conditions come from {@link Visibility}. */
    private static List<Post> posts(long classId, Tab tab, Instant now) {
        String condition = switch (tab) {
            case WAITING -> Visibility.waitingApprovalHql("p");
            case FLAGGED -> Visibility.flaggedHql("p");
            case HIDDEN -> Visibility.moderatedAwayHql("p");
            case EDITED -> "p.editedAt is not null and p.editedAt > :since and " + Visibility.notDeletedHql("p");
        };
        var query = Panache.getEntityManager().createQuery("select p from Post p join fetch p.author "
                + "join fetch p.discussion d join fetch d.question left join fetch p.parent par left join fetch par.author "
                + "where d.classroom.id = :c and " + condition + " order by p.createdAt desc", Post.class)
                .setParameter("c", classId).setMaxResults(LIMIT);
        if (tab == Tab.EDITED) {
            query.setParameter("since", now.minusSeconds(7 * 24 * 3600));
        }
        return query.getResultList();
    }

    /** Every flag on these posts, oldest first, with who raised it. */
    private static Map<Long, List<FlagView>> flags(List<Post> posts, AuthorNames names) {
        Map<Long, List<FlagView>> flags = new HashMap<>();
        for (Flag flag : Flag.<Flag>list("post.id in ?1 order by createdAt", posts.stream().map(p -> p.id).toList())) {
            Enrollment by = names.enrollment(flag.account.id);
            flags.computeIfAbsent(flag.post.id, k -> new ArrayList<>()).add(new FlagView(
                    by == null ? "a former student" : by.displayName, flag.reason.label(), flag.note, flag.createdAt,
                    flag.countsTowardHiding));
        }
        return flags;
    }

    private static QueueItem item(Post p, AuthorNames names, List<FlagView> flags, Instant now) {
        Enrollment author = names.enrollment(p.author.id);
        return new QueueItem(p.id, p.discussion.id, p.author.id, names.of(p), author != null && author.isMuted(now),
                p.discussion.question.position, p.discussion.question.text, p.bodyHtml,
                p.parent == null ? null : names.of(p.parent), p.parent == null ? null : p.parent.bodyHtml, p.status,
                p.flaggedHidden, p.endorsed, p.hiddenReason, p.createdAt, p.editedAt, flags,
                p.status.isPublished() ? p.approvedBodyHtml : null, p.restorable());
    }

    /** How many items each tab holds, for the tab labels. */
    public static Map<Tab, Long> counts(long classId) {
        Object[] row = Panache.getEntityManager().createQuery("select "
                + "sum(case when " + Visibility.waitingApprovalHql("p") + " then 1 else 0 end), "
                + "sum(case when " + Visibility.flaggedHql("p") + " then 1 else 0 end), "
                + "sum(case when " + Visibility.moderatedAwayHql("p") + " then 1 else 0 end) "
                + "from Post p where p.discussion.classroom.id = :c", Object[].class)
                .setParameter("c", classId)
                .getSingleResult();
        Map<Tab, Long> counts = new HashMap<>();
        counts.put(Tab.WAITING, row[0] == null ? 0 : ((Number) row[0]).longValue());
        counts.put(Tab.FLAGGED, row[1] == null ? 0 : ((Number) row[1]).longValue());
        counts.put(Tab.HIDDEN, row[2] == null ? 0 : ((Number) row[2]).longValue());
        return counts;
    }

    /** Waiting for approval: a new post, or an edit of an approved one. */
    public boolean isPending() {
        return status == PostStatus.PENDING || isEditWaiting();
    }

    public boolean isEditWaiting() {
        return approvedHtml != null;
    }

    public boolean isHiddenOrRemoved() {
        return status.isModeratedAway();
    }

    public String statusLabel() {
        if (flaggedHidden && status == PostStatus.PUBLISHED) {
            return Messages.now(ModerationMsg.class).statusHiddenByFlags();
        }
        if (isEditWaiting()) {
            return Messages.now(ModerationMsg.class).statusEditWaiting();
        }
        return status.queueLabel();
    }
}
