package org.roundtable.discussion;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.roundtable.account.FormToken;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
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
@Transactional
public class DiscussionResource {

    /** The page, and one post of it as fragments: the shared renders and the live stream use the same markup. */
    @CheckedTemplate
    static class Templates {

        static native TemplateInstance discussion(DiscussionPage view);

        static native TemplateInstance discussion$post(ThreadEntry entry, DiscussionScope scope, Sort sort, int page,
                boolean editable, String closed, String csrf, String ago);

        static native TemplateInstance discussion$livePost(ThreadEntry entry, DiscussionScope scope, Sort sort,
                int page, boolean editable, String closed, String csrf, String ago);
    }

    private final DiscussionScopes scopes;
    private final Posting posting;
    private final MindChanges minds;
    private final PostItems items;
    private final Clock clock;
    /** The response's masked form token, the one the page's other forms carry ({@code inject:formToken.value}). */
    private final FormToken formToken;

    DiscussionResource(DiscussionScopes scopes, Posting posting, MindChanges minds, PostItems items, Clock clock,
            FormToken formToken) {
        this.scopes = scopes;
        this.formToken = formToken;
        this.posting = posting;
        this.minds = minds;
        this.items = items;
        this.clock = clock;
    }

    @GET
    public TemplateInstance show(@RestPath long classId, @RestPath long discussionId, @RestQuery String sort,
            @RestQuery Integer page, @RestQuery Long reply, @RestQuery Long flagged, @RestQuery boolean draft,
            @RestQuery Long thread) {
        DiscussionScope scope = scopes.load(classId, discussionId);
        // Only on the way back from the article page: every other view costs no statement for a draft.
        PostForm answer = draft ? PostDraft.formFor(scope) : PostForm.blank(null);
        return render(scope, Sort.parse(sort), page == null ? 1 : page, answer,
                reply == null ? null : PostForm.blank(reply), Map.of(), null, flagged, null, thread);
    }

    @POST
    @Path("posts")
    public Response post(@RestPath long classId, @RestPath long discussionId, @BeanParam PostForm form) {
        DiscussionScope scope = scopes.load(classId, discussionId);
        Posting.Outcome outcome = posting.post(scope, form);
        if (outcome.isRefused()) {
            return refuse(scope, form, outcome);
        }
        // A reply lands at the end of its thread, which the page may collapse: it opens the thread whole.
        String thread = form.isReply() ? "&thread=" + outcome.postId() : "";
        return Response.seeOther(URI.create(scope.basePath() + "?sort=" + form.sortOrDefault().param() + "&page="
                + outcome.page() + thread + "#post-" + outcome.postId())).build();
    }

    /** Where the student stands before reading the discussion, or that they skip the question. */
    @POST
    @Path("stance/before")
    public Response standBefore(@RestPath long classId, @RestPath long discussionId, @BeanParam StanceForm form) {
        DiscussionScope scope = scopes.load(classId, discussionId);
        return stanceSaved(scope, form, minds.before(scope, form));
    }

    /** "I changed my mind": where the student stands after reading, what changed it, the post that did. */
    @POST
    @Path("stance/after")
    public Response standAfter(@RestPath long classId, @RestPath long discussionId, @BeanParam StanceForm form) {
        DiscussionScope scope = scopes.load(classId, discussionId);
        return stanceSaved(scope, form, minds.after(scope, form));
    }

    /** Back to the page at the question, or the page again with the form as typed and its messages (400). */
    private Response stanceSaved(DiscussionScope scope, StanceForm form, Map<String, String> errors) {
        if (errors.isEmpty()) {
            return Response.seeOther(URI.create(DiscussionPaths.mindsAnchor(scope))).build();
        }
        return Response.status(Response.Status.BAD_REQUEST).entity(render(scope, Sort.parse(null), 1,
                PostForm.blank(null), null, Map.of(), null, null, new MindsView.Refused(form, errors), null)).build();
    }

    /** The page again, with the refused text in its form and the messages beside it. */
    private Response refuse(DiscussionScope scope, PostForm form, Posting.Outcome outcome) {
        PostForm answer = form.isReply() ? PostForm.blank(null) : form;
        PostForm reply = form.isReply() ? form : null;
        Response.ResponseBuilder response = Response.status(outcome.status()).entity(render(scope,
                form.sortOrDefault(), form.pageOrFirst(), answer, reply, outcome.errors(), form, null, null, null));
        if (outcome.retryAfter() != null) {
            response.header(HttpHeaders.RETRY_AFTER, outcome.retryAfter());
        }
        return response.build();
    }

    /**
     * @param refused the form that was refused, whose errors are shown with it
     * @param flagged the post the student just flagged, to confirm it beside the post
     * @param minds the "where do you stand?" form the server refused, or null
     * @param thread a post whose whole thread the page shows, or null; the post being replied to is one
     */
    private TemplateInstance render(DiscussionScope scope, Sort sort, int page, PostForm answer, PostForm reply,
            Map<String, String> errors, PostForm refused, Long flagged, MindsView.Refused minds, Long thread) {
        Instant now = clock.instant();
        Long expanded = thread != null ? thread : reply != null ? reply.parentId : null;
        PostPage posts = PostPage.load(scope, sort, page, expanded);
        Set<Long> editable = editable(scope, posts, now);
        boolean replyRefused = reply != null && reply == refused;
        String closed = scope.postingClosedReason(now);
        Map<Long, String> rendered = items.forPage(scope, posts.entries(), sort, posts.page(), editable, closed,
                scope.teacher() ? formToken.value() : null);
        return Templates.discussion(new DiscussionPage(scope, posts, sort, Sort.values(), answer, reply,
                replyRefused ? Map.of() : errors, replyRefused ? errors : Map.of(), rendered,
                closed, flagged, MindsView.of(scope, posts, minds, now)));
    }

    /** The viewer's own posts on the page that are still inside the class's edit window. */
    private static Set<Long> editable(DiscussionScope scope, PostPage posts, Instant now) {
        Set<Long> editable = new HashSet<>();
        for (ThreadEntry entry : posts.entries()) {
            if (entry.own() && !entry.isPlaceholder()
                    && now.isBefore(entry.post().createdAt().plus(scope.classroom().editWindow()))) {
                editable.add(entry.id());
            }
        }
        return editable;
    }
}
