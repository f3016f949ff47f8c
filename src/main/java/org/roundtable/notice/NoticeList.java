package org.roundtable.notice;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.roundtable.classroom.Announcement;
import org.roundtable.classroom.Assignment;
import org.roundtable.classroom.Classroom;
import org.roundtable.classroom.ClassroomPaths;
import org.roundtable.discussion.PostRow;
import org.roundtable.discussion.ThreadBuilder;
import org.roundtable.discussion.Visibility;

/**
 * One person's "What's new", grouped by class, newest class first. What each notice says is read now: the
 * post is checked again through {@link Visibility} for this reader (a notice the query let through but the page
 * would not show is left out), and a name is the one {@link Visibility#nameFor} gives them. Assignments due in the
 * next day are reckoned from the assignments, not stored, so a changed due date is never out of date.
 */
public record NoticeList(List<ClassGroup> groups, boolean anyUnread) {

    /** Assignments due within this long are listed as due soon. */
    static final Duration DUE_SOON = Duration.ofDays(1);

    /**
     * One notice as its reader is shown it.
     *
     * @param who the name it starts with, for {@link NoticeKind#named} kinds
     * @param about the question or the article it concerns, or null
     * @param reason the teacher's reason for a hidden or removed post, or null
     * @param html an announcement's sanitised text, or null
     */
    public record Item(NoticeKind kind, String who, String about, String reason, String html, String path,
            Instant at, boolean unread) {
    }

    public record ClassGroup(Classroom classroom, List<Item> items, List<Assignment> dueSoon) {
    }

    public static NoticeList load(long accountId, Instant now) {
        List<Object[]> rows = Notice.listShownTo(accountId);
        Map<Long, PostRow> posts = PostRow
                .byIds(rows.stream().map(r -> (Notice) r[0]).filter(n -> n.about.post() != null)
                        .map(n -> n.about.post().id).toList())
                .stream()
                .collect(Collectors.toMap(PostRow::id, Function.identity()));
        Map<Long, ClassGroup> groups = new LinkedHashMap<>();
        boolean unread = false;
        for (Object[] row : rows) {
            Item item = item(accountId, row, posts);
            if (item != null) {
                Classroom classroom = (Classroom) row[1];
                groups.computeIfAbsent(classroom.id, id -> new ClassGroup(classroom, new ArrayList<>(),
                        new ArrayList<>())).items().add(item);
                unread |= item.unread();
            }
        }
        for (Assignment due : Assignment.dueBetweenFor(accountId, now, now.plus(DUE_SOON))) {
            groups.computeIfAbsent(due.classroom.id, id -> new ClassGroup(due.classroom, new ArrayList<>(),
                    new ArrayList<>())).dueSoon().add(due);
        }
        return new NoticeList(List.copyOf(groups.values()), unread);
    }

    /** The notice as this reader may be shown it, or null when the post is not theirs to see. */
    private static Item item(long accountId, Object[] row, Map<Long, PostRow> posts) {
        Notice notice = (Notice) row[0];
        Classroom classroom = (Classroom) row[1];
        Announcement announcement = (Announcement) row[2];
        boolean unread = notice.readAt == null;
        if (notice.about.post() == null) {
            String path = notice.kind == NoticeKind.FEEDBACK
                    ? ClassroomPaths.feedbackOnHome(classroom, notice.about.assignment().id)
                    : notice.about.assignment() != null
                            ? ClassroomPaths.assignmentOnHome(classroom, notice.about.assignment().id)
                            : ClassroomPaths.studentHome(classroom);
            return new Item(notice.kind, null, (String) row[5], null,
                    announcement == null ? null : announcement.bodyHtml, path, notice.createdAt, unread);
        }
        PostRow post = posts.get(notice.about.post().id);
        ThreadBuilder.Viewing viewing = new ThreadBuilder.Viewing(accountId, (Boolean) row[6], (Boolean) row[7],
                classroom.anonymous);
        if (post == null || !Visibility.inFull(viewing, post)
                && !(notice.kind == NoticeKind.REMOVED && Visibility.removedFromAuthor(viewing, post))) {
            return null;
        }
        String reason = notice.kind.givesReason() ? post.hiddenReason() : null;
        String who = notice.kind.named() ? Visibility.nameFor(viewing, post) : null;
        return new Item(notice.kind, who, (String) row[4], reason, null,
                ClassroomPaths.postPage(classroom, (Long) row[3], post.id()), notice.createdAt, unread);
    }

    public boolean isEmpty() {
        return groups.isEmpty();
    }
}
