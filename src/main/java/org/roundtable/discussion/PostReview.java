package org.roundtable.discussion;

import java.time.Instant;
import java.util.function.UnaryOperator;

/**
 * The changes of state the teacher's review makes to a post, and the one an edit makes when it
 * must be reviewed. {@link Post} calls them inside its counted changes, so the discussion's
 * figures follow; callers use {@code post.approve(…)}, {@code post.hide(…)} and so on.
 */
final class PostReview {

    private PostReview() {
    }

    static void approve(Post post, Instant now) {
        if (post.status == PostStatus.PENDING) {
            publish(post, now);
        }
        post.approvedBodyHtml = null;
        clearFlags(post);
    }

    /**
     * The teacher's decision replaces the flags': a post flags had hidden is now hidden by the
     * teacher, so its author reads one notice, the teacher's reason. The flag rows and counts
     * stay for the queue.
     */
    static void hide(Post post, String reason) {
        post.status = PostStatus.HIDDEN;
        post.hiddenReason = reason;
        post.flaggedHidden = false;
    }

    static void restore(Post post, Instant now) {
        publish(post, now);
        post.hiddenReason = null;
        clearFlags(post);
    }

    /**
     * The author's new text. When it must be reviewed (a student in a pre-moderated class), a
     * published post goes on showing classmates the text the teacher approved until the teacher
     * approves the edit; a post still waiting simply waits with its new text.
     */
    static void revise(Post post, String source, boolean reviewed, Instant at, UnaryOperator<String> links) {
        String approved = post.bodyHtml;
        boolean changed = !source.equals(post.bodySource);
        post.setBody(source, links);
        post.editedAt = at;
        if (changed && reviewed && post.status == PostStatus.PUBLISHED && post.approvedBodyHtml == null) {
            post.approvedBodyHtml = approved;
        }
        if (post.bodyHtml.equals(post.approvedBodyHtml)) {
            post.approvedBodyHtml = null; // edited back to the approved text: nothing left to review
        }
    }

    private static void publish(Post post, Instant now) {
        post.status = PostStatus.PUBLISHED;
        if (post.publishedAt == null) {
            post.publishedAt = now;
        }
    }

    private static void clearFlags(Post post) {
        post.flaggedHidden = false;
        post.flagCount = 0;
        post.hidingFlagCount = 0;
    }
}
