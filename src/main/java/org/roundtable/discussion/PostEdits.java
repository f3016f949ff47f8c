package org.roundtable.discussion;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.roundtable.Plurals;
import org.roundtable.account.Account;
import org.roundtable.article.ArticleSection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

/**
 * What a student does to a post once it is written: the author edits or deletes it within the
 * edit window, a classmate flags it. Each write fires its change events, like {@link Posting}.
 */
@ApplicationScoped
public class PostEdits {

    private final Event<Object> changes;
    private final Activity activity;
    private final Clock clock;

    PostEdits(Event<Object> changes, Activity activity, Clock clock) {
        this.changes = changes;
        this.activity = activity;
        this.clock = clock;
    }

    /** The author's edit window, the one rule the edit form, the edit and the deletion all check. */
    boolean stillEditable(DiscussionScope scope, Post post) {
        return post.editableBy(scope.viewer().accountId(), clock.instant());
    }

    /** What keeps an edit from being stored: the form's own checks, a closed window or a closed discussion. */
    Map<String, String> editErrors(DiscussionScope scope, Post post, PostForm form) {
        Map<String, String> errors = new LinkedHashMap<>(form.validate(scope.article(), scope.question()));
        String closed = scope.postingClosedReason(clock.instant());
        if (!stillEditable(scope, post)) {
            errors.putAll(windowClosedErrors(scope));
        } else if (closed != null) {
            errors.put("body", closed);
        }
        return errors;
    }

    static Map<String, String> windowClosedErrors(DiscussionScope scope) {
        return Map.of("body", windowClosed(scope.classroom().editWindowMinutes));
    }

    static String windowClosed(int minutes) {
        return "Posts can be changed for " + Plurals.of(minutes, "minute")
                + " after posting. This one can no longer be changed.";
    }

    /** The new text, section and stance, counted again; an edit that needs review goes to the queue. */
    void revise(DiscussionScope scope, Post post, PostForm form) {
        Contribution before = post.contribution();
        boolean reviewed = scope.classroom().preModeration && !scope.teacher();
        boolean wasWaiting = post.editWaiting();
        post.revise(form.cleanBody(), reviewed, clock.instant());
        Long sectionId = form.section();
        post.section = sectionId == null ? null : ArticleSection.findById(sectionId);
        post.stance = post.isAnswer() ? Stance.parse(form.stance) : null;
        post.updateCounts(before);
        touch(scope);
        changes.fire(PostChanged.of(post));
        if (post.editWaiting() && !wasWaiting) {
            changes.fire(new QueueChanged(scope.classroom().id));
        }
    }

    void delete(DiscussionScope scope, Post post) {
        post.deleteByAuthor();
        touch(scope);
        changes.fire(PostChanged.of(post));
    }

    /** The roster's "Last active" counts a student's edits and deletions as well as new posts. */
    private void touch(DiscussionScope scope) {
        if (scope.enrollment() != null) {
            scope.enrollment().lastActiveAt = clock.instant();
        }
    }

    void flag(DiscussionScope scope, Post post, FlagForm form) {
        post.flag(Account.findById(scope.viewer().accountId()), scope.enrollment().joinedAt, form.parsedReason(),
                form.noteOrNull(), clock.instant());
        changes.fire(PostChanged.of(post));
        changes.fire(new QueueChanged(scope.classroom().id));
        activity.flagged();
    }
}
