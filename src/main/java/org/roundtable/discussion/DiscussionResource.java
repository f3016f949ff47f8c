package org.roundtable.discussion;

import java.time.Clock;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.roundtable.account.Account;
import org.roundtable.account.Viewer;
import org.roundtable.article.ArticleLibrary;
import org.roundtable.article.ArticleSection;
import org.roundtable.classroom.Enrollment;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** A discussion page and posting to it. */
@Path("/classes/{classId}/discussions/{discussionId}")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class DiscussionResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance discussion(DiscussionScope scope, PostPage posts, Sort sort,
                Sort[] sorts, PostForm answer, PostForm reply, Map<String, String> answerErrors,
                Map<String, String> replyErrors, Set<Long> editable, Map<Long, String> rendered,
                String closedReason, Long flagged, Instant now);
    }

    private final SecurityIdentity identity;
    private final ArticleLibrary library;
    private final LiveEvents live;
    private final Activity activity;
    private final PostItems items;

    private final Clock clock;

    DiscussionResource(SecurityIdentity identity, ArticleLibrary library, LiveEvents live, Activity activity,
            PostItems items, Clock clock) {
        this.clock = clock;
        this.identity = identity;
        this.library = library;
        this.live = live;
        this.activity = activity;
        this.items = items;
    }

    @GET
    @Transactional
    public TemplateInstance show(@RestPath long classId, @RestPath long discussionId, @RestQuery String sort,
            @RestQuery Integer page, @RestQuery Long reply, @RestQuery Long flagged) {
        DiscussionScope scope = DiscussionScope.load(classId, discussionId, Viewer.of(identity), library);
        return render(scope, Sort.parse(sort), page == null ? 1 : page, PostForm.blank(null),
                reply == null ? null : PostForm.blank(reply), Map.of(), null, flagged);
    }

    @POST
    @Path("posts")
    @Transactional
    public Response post(@RestPath long classId, @RestPath long discussionId, @BeanParam PostForm form) {
        DiscussionScope scope = DiscussionScope.load(classId, discussionId, Viewer.of(identity), library);
        Sort sort = Sort.parse(form.sort);
        int page = form.page == null ? 1 : form.page;

        Post existing = Post.findByIdempotencyKey(form.key);
        if (existing != null && existing.isBy(scope.viewer().accountId())) {
            return seeOther(scope, sort, page, existing.id);   // a double submit or a retry: already stored
        }
        Instant now = clock.instant();
        Map<String, String> errors = form.validate(scope.article(), scope.question());
        String closed = scope.postingClosedReason(now);
        if (closed != null) {
            errors.put("body", closed);
        }
        Post parent = null;
        if (form.isReply()) {
            parent = Post.findById(form.parentId);
            if (parent == null || parent.discussion.id != scope.discussion().id
                    || !Visibility.inFull(scope.viewing(), parent)) {
                errors.put("body", "The post you are replying to is no longer available. "
                        + "Your text is kept here: you can post it as an answer instead.");
                form.parentId = null;   // show the text in the answer form: the reply form has no place on the page
                parent = null;
            }
        }
        Integer minWords = scope.discussion().assignment.minWords;
        if (errors.isEmpty() && !form.isReply() && minWords != null && !scope.teacher()) {
            int words = org.roundtable.article.Markdown.wordCount(form.cleanBody());
            if (words < minWords) {
                errors.put("body", "This assignment asks for at least " + minWords + " words; your answer has "
                        + words + ". Add to it and post again.");
            }
        }
        if (!errors.isEmpty()) {
            return refuse(scope, sort, page, form, errors, Response.Status.BAD_REQUEST.getStatusCode(), null);
        }

        // Slow mode counts one student's posts one at a time, so it locks their enrollment row;
        // with slow mode off there is nothing to count, and the enrollment the scope read will do.
        Enrollment enrollment = scope.teacher() ? null : scope.classroom().slowModeSeconds <= 0 ? scope.enrollment()
                : Enrollment.lockFor(scope.classroom().id, scope.viewer().accountId());
        if (enrollment != null) {
            Duration wait = slowModeWait(scope, now);
            if (!wait.isZero()) {
                long seconds = Math.max(1, wait.toSeconds() + (wait.toMillisPart() > 0 ? 1 : 0));
                errors.put("body", "Slow mode is on in this class: you can post again in " + seconds
                        + (seconds == 1 ? " second." : " seconds.") + " Your text is kept below.");
                return refuse(scope, sort, page, form, errors, 429, seconds);
            }
            enrollment.lastActiveAt = now;
        }

        Long sectionId = form.section();
        PostStatus status = scope.classroom().preModeration && !scope.teacher() ? PostStatus.PENDING
                : PostStatus.PUBLISHED;
        // References, not loads: the ids are checked already (the viewer's session, the article's sections).
        EntityManager em = Panache.getEntityManager();
        Post post = Post.write(scope.discussion(), em.getReference(Account.class, scope.viewer().accountId()), parent,
                form.cleanBody(), Stance.parse(form.stance),
                sectionId == null ? null : em.getReference(ArticleSection.class, sectionId), status, form.keyOrNew(),
                now);
        live.postChanged(post);
        activity.postCreated();
        if (post.status == PostStatus.PENDING) {
            live.publish(LiveEvent.queue(scope.classroom().id));
        }
        int targetPage = parent == null && sort == Sort.OLDEST
                ? PostPage.pageOf(scope.discussion().answerCount + 1) : page;
        return seeOther(scope, sort, parent == null && sort != Sort.OLDEST ? 1 : targetPage, post.id);
    }

    private Duration slowModeWait(DiscussionScope scope, Instant now) {
        int slow = scope.classroom().slowModeSeconds;
        if (slow <= 0) {
            return Duration.ZERO;
        }
        Instant last = Post.lastPostedAt(scope.viewer().accountId());
        if (last == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(now, last.plusSeconds(slow));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private Response refuse(DiscussionScope scope, Sort sort, int page, PostForm form, Map<String, String> errors,
            int status, Long retryAfter) {
        PostForm answer = form.isReply() ? PostForm.blank(null) : form;
        PostForm reply = form.isReply() ? form : null;
        Response.ResponseBuilder response = Response.status(status)
                .entity(render(scope, sort, page, answer, reply, errors, form, null));
        if (retryAfter != null) {
            response.header(HttpHeaders.RETRY_AFTER, retryAfter);
        }
        return response.build();
    }

    /**
     * @param refused the form that was refused, whose errors are shown with it
     * @param flagged the post the student just flagged, to confirm it beside the post
     */
    private TemplateInstance render(DiscussionScope scope, Sort sort, int page, PostForm answer, PostForm reply,
            Map<String, String> errors, PostForm refused, Long flagged) {
        Instant now = clock.instant();
        PostPage posts = PostPage.load(scope, sort, page);
        Set<Long> editable = new HashSet<>();
        Duration window = scope.classroom().editWindow();
        for (ThreadEntry entry : posts.entries()) {
            if (entry.own() && !entry.isPlaceholder() && now.isBefore(entry.post().createdAt().plus(window))) {
                editable.add(entry.id());
            }
        }
        boolean replyRefused = reply != null && reply == refused;
        String closed = scope.postingClosedReason(now);
        // A student's posts are rendered once for every student who sees them alike; the teacher's carry forms.
        Map<Long, String> rendered = scope.teacher() ? Map.of()
                : items.forStudent(scope, posts.entries(), sort, posts.page(), editable, closed);
        return Templates.discussion(scope, posts, sort, Sort.values(), answer, reply,
                replyRefused ? Map.of() : errors, replyRefused ? errors : Map.of(), editable, rendered,
                closed, flagged, now);
    }

    private static Response seeOther(DiscussionScope scope, Sort sort, int page, long postId) {
        return Response.seeOther(URI.create(scope.basePath() + "?sort=" + sort.param() + "&page=" + page
                + "#post-" + postId)).build();
    }
}
