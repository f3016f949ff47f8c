package org.roundtable.discussion;

import java.util.ArrayList;
import java.util.List;

import org.roundtable.language.Messages;

import io.quarkus.qute.TemplateExtension;

/**
 * What the page decides for one post it shows in full, for this reader: whether they may flag or
 * moderate it, and which notices stand above its text. Templates ask these and compare nothing.
 */
@TemplateExtension
public class EntryDecisions {

    /** A line above a post's text; {@code warn} for what keeps it from classmates. */
    public record Notice(String text, boolean warn) {

        public String css() {
            return warn ? "notice notice-warn" : "notice";
        }
    }

    /** {@link Visibility#mayFlag}: a classmate's published post, never by the teacher. */
    static boolean canFlag(ThreadEntry entry, DiscussionScope scope) {
        return Visibility.mayFlag(entry, scope.teacher());
    }

    /** The teacher's forms stand under every post but their own. */
    static boolean canModerate(ThreadEntry entry, DiscussionScope scope) {
        return scope.teacher() && !entry.own();
    }

    /**
     * A student's post: the teacher may pause its author from it. The current pause is not shown
     * here, so the page reads no enrollment per post; pausing again sets a new length.
     */
    static boolean canPause(ThreadEntry entry, DiscussionScope scope) {
        PostRow post = entry.post();
        return canModerate(entry, scope) && !post.authorIsTeacher() && post.authorId() != null;
    }

    /** Something waits for the teacher's word: a new post, flags that hid it, or an edit. */
    static boolean awaitsApproval(ThreadEntry entry) {
        PostRow post = entry.post();
        return post.status().isPending() || post.flaggedHidden() || post.editWaiting();
    }

    /** Hidden by the teacher, so the teacher's form restores it rather than hiding it. */
    static boolean restorable(ThreadEntry entry) {
        return entry.post().status().isHidden();
    }

    /** The notices above the post's text, in the order the page shows them. */
    static List<Notice> notices(ThreadEntry entry, DiscussionScope scope) {
        PostRow post = entry.post();
        boolean teacher = scope.teacher();
        List<Notice> notices = new ArrayList<>(2);
        if (teacher) {
            add(notices, post.status().teacherNotice(post.flaggedHidden(), post.hiddenReason()), true);
        }
        if (entry.own() && !teacher && post.status().isPending()) {
            add(notices, post.status().authorNotice(post.hiddenReason()), false);
        }
        if (post.editWaiting() && post.status().isPublished()) {
            if (teacher) {
                add(notices, Messages.now(PostMsg.class).editWaitsForTeacher(), true);
            } else if (entry.own()) {
                add(notices, Messages.now(PostMsg.class).editWaitsForAuthor(), false);
            }
        }
        if (entry.own() && post.status().isHidden()) {
            add(notices, post.status().authorNotice(post.hiddenReason()), true);
        }
        if (entry.own() && post.flaggedHidden() && post.status().isPublished()) {
            add(notices, Messages.now(PostMsg.class).hiddenByFlagsForAuthor(), true);
        }
        return notices;
    }

    private static void add(List<Notice> notices, String text, boolean warn) {
        if (text != null) {
            notices.add(new Notice(text, warn));
        }
    }
}
