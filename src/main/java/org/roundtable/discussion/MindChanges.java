package org.roundtable.discussion;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.roundtable.account.Account;
import org.roundtable.language.Messages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;

/**
 * Every check and write of "where do you stand?": before reading the discussion (or skipping it),
 * and "I changed my mind" after answering. Answers the refusals by field, empty when saved.
 */
@ApplicationScoped
public class MindChanges {

    private final Clock clock;

    MindChanges(Clock clock) {
        this.clock = clock;
    }

    /** Where the student stands before reading: only once, and only before they have answered. */
    public Map<String, String> before(DiscussionScope scope, StanceForm form) {
        refuseUnlessAsked(scope);
        String problem = null;
        if (scope.stance() != null || scope.hasAnswered()) {
            problem = Messages.now(PostMsg.class).alreadyStood();
        } else if (!form.skipped() && form.stance() == null) {
            problem = Messages.now(PostMsg.class).chooseOrSkip();
        }
        Map<String, String> errors = positionRefused(scope, problem);
        if (errors.isEmpty()) {
            StanceChange.before(scope.discussion(), Account.findById(scope.viewer().accountId()),
                    form.skipped() ? null : form.stance(), clock.instant());
        }
        return errors;
    }

    /** Where the student stands after reading, what changed it and the post that did: once they have answered. */
    public Map<String, String> after(DiscussionScope scope, StanceForm form) {
        refuseUnlessAsked(scope);
        String problem = null;
        if (!scope.hasAnswered()) {
            problem = Messages.now(PostMsg.class).answerFirst();
        } else if (form.stance() == null) {
            problem = Messages.now(PostMsg.class).chooseNow();
        }
        Map<String, String> errors = positionRefused(scope, problem);
        String reason = form.cleanReason();
        // Counted as the column and the field's maxlength count it (UTF-16 units): an emoji is two.
        if (reason != null && reason.length() > StanceChange.MAX_REASON) {
            errors.put("reason", Messages.now(PostMsg.class).reasonTooLong(StanceChange.MAX_REASON, reason.length()));
        }
        Post credited = credited(scope, form.creditedPostId());
        if (form.creditedPostId() != null && credited == null) {
            errors.put("creditedPost", Messages.now(PostMsg.class).chooseCredited());
        }
        if (errors.isEmpty()) {
            StanceChange stance = scope.stance() != null ? scope.stance()
                    : StanceChange.before(scope.discussion(), Account.findById(scope.viewer().accountId()), null,
                            clock.instant());
            stance.change(form.stance(), reason, credited, clock.instant());
        }
        return errors;
    }

    /**
     * The refusals so far, by field: posting closed comes first, whatever else is wrong with the position, so
     * both questions close together with the discussion.
     */
    private Map<String, String> positionRefused(DiscussionScope scope, String problem) {
        Map<String, String> errors = new LinkedHashMap<>();
        String closed = scope.postingClosedReason(clock.instant());
        if (closed != null || problem != null) {
            errors.put("position", closed != null ? closed : problem);
        }
        return errors;
    }

    /** Only students are asked, and only on a question that takes a stance. */
    private static void refuseUnlessAsked(DiscussionScope scope) {
        if (!scope.question().stanceEnabled()) {
            throw new NotFoundException();
        }
        if (scope.teacher()) {
            throw new ForbiddenException();
        }
    }

    /** A classmate's post of this discussion that the student sees in full ({@link Visibility#inFull}), or null. */
    private static Post credited(DiscussionScope scope, Long postId) {
        if (postId == null) {
            return null;
        }
        Post post = Post.findById(postId);
        boolean creditable = post != null && post.discussion.id.equals(scope.discussion().id)
                && !post.isBy(scope.viewer().accountId()) && Visibility.inFull(scope.viewing(), post);
        return creditable ? post : null;
    }
}
