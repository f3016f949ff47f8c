package org.roundtable.discussion;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.roundtable.Plurals;
import org.roundtable.account.Account;
import org.roundtable.article.ArticleSection;
import org.roundtable.classroom.Enrollment;
import org.roundtable.language.Messages;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Posting an answer or a reply: every check a new post must pass (open, a reply target the
 * writer may see, length, slow mode), then the write and what follows it (live events, metrics).
 */
@ApplicationScoped
public class Posting {

    /**
     * What became of a submitted post: stored (or found stored already), or refused with messages.
     *
     * @param status the HTTP status of a refusal: 400, or 429 in slow mode
     * @param retryAfter seconds to wait, in slow mode
     */
    public record Outcome(Long postId, int page, Map<String, String> errors, int status, Long retryAfter) {

        static Outcome stored(long postId, int page) {
            return new Outcome(postId, page, Map.of(), 303, null);
        }

        static Outcome refused(Map<String, String> errors, int status, Long retryAfter) {
            return new Outcome(null, 0, errors, status, retryAfter);
        }

        public boolean isRefused() {
            return postId == null;
        }
    }

    private final PostNews news;
    private final Clock clock;

    Posting(PostNews news, Clock clock) {
        this.news = news;
        this.clock = clock;
    }

    public Outcome post(DiscussionScope scope, PostForm form) {
        Post existing = Post.findByIdempotencyKey(form.key);
        if (existing != null && existing.isBy(scope.viewer().accountId())) {
            return Outcome.stored(existing.id, form.pageOrFirst()); // a double submit or a retry: already stored
        }
        Instant now = clock.instant();
        Map<String, String> errors = form.validate(scope.article(), scope.question());
        String closed = scope.postingClosedReason(now);
        if (closed != null) {
            errors.put("body", closed);
        }
        Post parent = replyTarget(scope, form, errors);
        if (errors.isEmpty() && !scope.teacher()) {
            form.requireWords(scope.discussion().assignment.minWords, errors);
        }
        if (!errors.isEmpty()) {
            return Outcome.refused(errors, 400, null);
        }
        Long wait = slowModeRefusal(scope, now, errors);
        if (wait != null) {
            return Outcome.refused(errors, 429, wait);
        }
        Post post = write(scope, form, parent, now);
        return Outcome.stored(post.id, landingPage(scope, form, parent));
    }

    /** The post a reply answers, if the writer may still see it; otherwise the text moves to the answer form. */
    private static Post replyTarget(DiscussionScope scope, PostForm form, Map<String, String> errors) {
        if (!form.isReply()) {
            return null;
        }
        Post parent = Post.findById(form.parentId);
        if (parent != null && parent.discussion.id == scope.discussion().id
                && Visibility.inFull(scope.viewing(), parent)) {
            return parent;
        }
        errors.put("body", Messages.now(PostMsg.class).parentGone());
        form.parentId = null; // show the text in the answer form: the reply form has no place on the page
        return null;
    }

    static String slowModeMessage(long seconds) {
        PostMsg words = Messages.now(PostMsg.class);
        return words.slowMode(Plurals.format(Messages.locale(), words.waitSeconds(), seconds));
    }

    /**
     * Slow mode counts one student's posts one at a time, so it locks their enrollment row; with
     * slow mode off there is nothing to count, and the enrollment the scope read will do.
     *
     * @return the seconds to wait, with the message in {@code errors}; null when the student may post
     */
    private static Long slowModeRefusal(DiscussionScope scope, Instant now, Map<String, String> errors) {
        Enrollment enrollment = scope.teacher() ? null : scope.classroom().slowModeSeconds <= 0 ? scope.enrollment()
                : Enrollment.lockFor(scope.classroom().id, scope.viewer().accountId());
        if (enrollment == null) {
            return null;
        }
        Duration wait = slowModeWait(scope, now);
        if (!wait.isZero()) {
            long seconds = Math.max(1, wait.toSeconds() + (wait.toMillisPart() > 0 ? 1 : 0));
            errors.put("body", slowModeMessage(seconds));
            return seconds;
        }
        enrollment.lastActiveAt = now;
        return null;
    }

    private static Duration slowModeWait(DiscussionScope scope, Instant now) {
        int slow = scope.classroom().slowModeSeconds;
        Instant last = slow <= 0 ? null : Post.lastPostedAt(scope.viewer().accountId());
        if (last == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(now, last.plusSeconds(slow));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private Post write(DiscussionScope scope, PostForm form, Post parent, Instant now) {
        Long sectionId = form.section();
        PostStatus status = scope.classroom().preModeration && !scope.teacher() ? PostStatus.PENDING
                : PostStatus.PUBLISHED;
        // References, not loads: the ids are checked already (the viewer's session, the article's sections).
        EntityManager em = Panache.getEntityManager();
        Post post = Post.write(scope.discussion(), em.getReference(Account.class, scope.viewer().accountId()), parent,
                form.cleanBody(), Stance.parse(form.stance),
                sectionId == null ? null : em.getReference(ArticleSection.class, sectionId), status, form.keyOrNew(),
                now);
        PostQuotes quotes = PostQuotes.of(scope);
        post.bodyHtml = quotes.link(post.bodyHtml); // after the words are counted, as an edit does
        quotes.store(post);
        if (parent == null) {
            PostDraft.discard(scope);
        }
        news.posted(scope, post);
        return post;
    }

    /** Where the writer lands: a new answer on the page that shows it first, a reply where they were. */
    private static int landingPage(DiscussionScope scope, PostForm form, Post parent) {
        if (parent != null) {
            return form.pageOrFirst();
        }
        return form.sortOrDefault() == Sort.OLDEST ? PostPage.pageOf(scope.discussion().answerCount + 1) : 1;
    }
}
