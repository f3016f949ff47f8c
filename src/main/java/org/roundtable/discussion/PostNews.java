package org.roundtable.discussion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

/**
 * What follows a student's write to a post, whatever the write: the discussion's live readers hear of it, the
 * moderation queue too when the post now waits there or was flagged, the activity figures count it, and a new
 * post or a flag is told to whoever it concerns ({@link PostWritten}, {@link PostFlagged}).
 */
@ApplicationScoped
public class PostNews {

    private final Event<Object> changes;
    private final Activity activity;

    PostNews(Event<Object> changes, Activity activity) {
        this.changes = changes;
        this.activity = activity;
    }

    void posted(DiscussionScope scope, Post post) {
        activity.postCreated();
        changes.fire(new PostWritten(scope.classroom().id, post.id));
        changed(scope, post, post.status == PostStatus.PENDING);
    }

    void flagged(DiscussionScope scope, Post post) {
        activity.flagged();
        changes.fire(new PostFlagged(scope.classroom().id, post.id));
        changed(scope, post, true);
    }

    /** @param queued the post has just come into the class's moderation queue */
    void changed(DiscussionScope scope, Post post, boolean queued) {
        changes.fire(PostChanged.of(post));
        if (queued) {
            changes.fire(new QueueChanged(scope.classroom().id));
        }
    }
}
