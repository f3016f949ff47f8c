package org.roundtable.discussion;

import java.util.LinkedHashMap;
import java.util.Map;

import org.roundtable.Plurals;
import org.roundtable.account.Account;
import org.roundtable.article.ArticleSection;
import org.roundtable.language.Messages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;

/**
 * What a student does to a post once it is written: the author edits or deletes it within the
 * edit window, a classmate flags it. Each write then tells {@link PostNews}, as {@link Posting} does.
 * Which post a student may act on is decided here too, so the routes only load and answer.
 */
@ApplicationScoped
public class PostEdits {

    /** A post and its discussion, as the signed-in student may act on them. */
    record Target(DiscussionScope scope, Post post) {
    }

    private final DiscussionScopes scopes;
    private final PostNews news;

    PostEdits(DiscussionScopes scopes, PostNews news) {
        this.scopes = scopes;
        this.news = news;
    }

    /** The viewer's own live post. Someone else's is not found, rather than forbidden: the id says nothing about it. */
    Target own(PostPath at) {
        Target target = load(at);
        if (!target.post().isBy(target.scope().viewer().accountId()) || !target.post().isLive()) {
            throw new NotFoundException();
        }
        return target;
    }

    /** Only a classmate's post the student can read ({@link Visibility#mayFlag}); any other is not found. */
    Target flaggable(PostPath at) {
        Target target = load(at);
        if (!Visibility.mayFlag(target.scope().viewing(), target.post())) {
            throw new NotFoundException();
        }
        return target;
    }

    private Target load(PostPath at) {
        DiscussionScope scope = scopes.load(at.classId, at.discussionId);
        Post post = Post.findById(at.postId);
        if (post == null || post.discussion.id != scope.discussion().id) {
            throw new NotFoundException();
        }
        return new Target(scope, post);
    }

    /** The author's edit window, the one rule the edit form, the edit and the deletion all check. */
    boolean stillEditable(Target own) {
        return own.post().editableBy(own.scope().viewer().accountId(), scopes.now());
    }

    /** What keeps an edit from being stored: the form's own checks, a closed window or a closed discussion. */
    private Map<String, String> editErrors(Target own, PostForm form) {
        DiscussionScope scope = own.scope();
        Map<String, String> errors = new LinkedHashMap<>(form.validate(scope.article(), scope.question()));
        String closed = scope.postingClosedReason(scopes.now());
        if (!stillEditable(own)) {
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
        PostMsg words = Messages.now(PostMsg.class);
        return words.editWindowOver(Plurals.format(Messages.locale(), words.editMinutes(), minutes));
    }

    /**
     * The new text, section and stance, counted again; an edit that needs review goes to the queue.
     *
     * @return what keeps the edit from being stored; empty once it is stored
     */
    Map<String, String> revise(Target own, PostForm form) {
        Post post = own.post();
        form.parentId = post.parent == null ? null : post.parent.id; // an edit leaves the post where it is
        Map<String, String> errors = editErrors(own, form);
        if (!errors.isEmpty()) {
            return errors;
        }
        DiscussionScope scope = own.scope();
        Contribution before = post.contribution();
        boolean reviewed = scope.classroom().preModeration && !scope.teacher();
        boolean wasWaiting = post.editWaiting();
        PostQuotes quotes = PostQuotes.of(scope);
        post.revise(form.cleanBody(), reviewed, scopes.now(), quotes::link);
        quotes.store(post);
        Long sectionId = form.section();
        post.section = sectionId == null ? null : ArticleSection.findById(sectionId);
        post.stance = post.isAnswer() ? Stance.parse(form.stance) : null;
        post.updateCounts(before);
        touch(scope);
        news.changed(scope, post, post.editWaiting() && !wasWaiting);
        return errors;
    }

    void delete(Target own) {
        own.post().deleteByAuthor();
        touch(own.scope());
        news.changed(own.scope(), own.post(), false);
    }

    /** The roster's "Last active" counts a student's edits and deletions as well as new posts. */
    private void touch(DiscussionScope scope) {
        if (scope.enrollment() != null) {
            scope.enrollment().lastActiveAt = scopes.now();
        }
    }

    /** @return what keeps the flag from being stored; empty once it is stored */
    Map<String, String> flag(Target flagged, FlagForm form) {
        DiscussionScope scope = flagged.scope();
        Map<String, String> errors = form.validate(Flag.exists(flagged.post(), scope.viewer().accountId()));
        if (errors.isEmpty()) {
            flagged.post().flag(Account.findById(scope.viewer().accountId()), scope.enrollment().joinedAt,
                    form.parsedReason(), form.noteOrNull(), scopes.now());
            news.flagged(scope, flagged.post());
        }
        return errors;
    }
}
