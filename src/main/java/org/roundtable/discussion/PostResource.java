package org.roundtable.discussion;

import java.net.URI;
import java.util.Map;

import org.jboss.resteasy.reactive.RestPath;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** What a student does to one post: edit or delete their own, flag a classmate's. */
@Path("/classes/{classId}/discussions/{discussionId}/posts/{postId}")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class PostResource {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance edit(DiscussionScope scope, Post post, PostForm form,
                Map<String, String> errors);

        static native TemplateInstance delete(DiscussionScope scope, Post post);

        static native TemplateInstance flag(DiscussionScope scope, Post post, String name, FlagReason[] reasons,
                FlagForm form, Map<String, String> errors);
    }

    private final DiscussionScopes scopes;
    private final PostEdits edits;

    PostResource(DiscussionScopes scopes, PostEdits edits) {
        this.scopes = scopes;
        this.edits = edits;
    }

    @GET
    @Path("edit")
    @Transactional
    public Response editForm(@RestPath long classId, @RestPath long discussionId, @RestPath long postId) {
        DiscussionScope scope = scopes.load(classId, discussionId);
        Post post = ownPost(scope, postId);
        if (!edits.stillEditable(scope, post)) {
            return windowClosed(scope, post);
        }
        return Response.ok(Templates.edit(scope, post, PostForm.of(post), Map.of())).build();
    }

    @POST
    @Path("edit")
    @Transactional
    public Response edit(@RestPath long classId, @RestPath long discussionId, @RestPath long postId,
            @BeanParam PostForm form) {
        DiscussionScope scope = scopes.load(classId, discussionId);
        Post post = ownPost(scope, postId);
        form.parentId = post.parent == null ? null : post.parent.id;
        Map<String, String> errors = edits.editErrors(scope, post, form);
        if (!errors.isEmpty()) {
            return Response.status(400).entity(Templates.edit(scope, post, form, errors)).build();
        }
        edits.revise(scope, post, form);
        return backTo(scope, post.id, "");
    }

    @GET
    @Path("delete")
    @Transactional
    public TemplateInstance deleteForm(@RestPath long classId, @RestPath long discussionId, @RestPath long postId) {
        DiscussionScope scope = scopes.load(classId, discussionId);
        return Templates.delete(scope, ownPost(scope, postId));
    }

    @POST
    @Path("delete")
    @Transactional
    public Response delete(@RestPath long classId, @RestPath long discussionId, @RestPath long postId) {
        DiscussionScope scope = scopes.load(classId, discussionId);
        Post post = ownPost(scope, postId);
        if (!edits.stillEditable(scope, post)) {
            return windowClosed(scope, post);
        }
        edits.delete(scope, post);
        return backTo(scope, post.id, "");
    }

    @GET
    @Path("flag")
    @Transactional
    public TemplateInstance flagForm(@RestPath long classId, @RestPath long discussionId, @RestPath long postId) {
        DiscussionScope scope = scopes.load(classId, discussionId);
        Post post = flaggablePost(scope, postId);
        return Templates.flag(scope, post, shownName(scope, post), FlagReason.values(), FlagForm.blank(), Map.of());
    }

    @POST
    @Path("flag")
    @Transactional
    public Response flag(@RestPath long classId, @RestPath long discussionId, @RestPath long postId,
            @BeanParam FlagForm form) {
        DiscussionScope scope = scopes.load(classId, discussionId);
        Post post = flaggablePost(scope, postId);
        Map<String, String> errors = form.validate(Flag.exists(post, scope.viewer().accountId()));
        if (!errors.isEmpty()) {
            return Response.status(400).entity(Templates.flag(scope, post, shownName(scope, post),
                    FlagReason.values(), form, errors)).build();
        }
        edits.flag(scope, post, form);
        return backTo(scope, post.id, "?flagged=" + post.id);
    }

    private static Post postIn(DiscussionScope scope, long postId) {
        Post post = Post.findById(postId);
        if (post == null || post.discussion.id != scope.discussion().id) {
            throw new NotFoundException();
        }
        return post;
    }

    /** Someone else's post is not found, rather than forbidden: the id says nothing about it. */
    private static Post ownPost(DiscussionScope scope, long postId) {
        Post post = postIn(scope, postId);
        if (!post.isBy(scope.viewer().accountId()) || !post.isLive()) {
            throw new NotFoundException();
        }
        return post;
    }

    /** Only a classmate's post the student can read ({@link Visibility#mayFlag}); any other is not found. */
    private static Post flaggablePost(DiscussionScope scope, long postId) {
        Post post = postIn(scope, postId);
        if (!Visibility.mayFlag(scope.viewing(), post)) {
            throw new NotFoundException();
        }
        return post;
    }

    private static String shownName(DiscussionScope scope, Post post) {
        return post.byline().seenBy(scope.viewing());
    }

    private static Response windowClosed(DiscussionScope scope, Post post) {
        return Response.status(403).entity(Templates.edit(scope, post, null, PostEdits.windowClosedErrors(scope)))
                .build();
    }

    /** @param query what the discussion page should show with the post, such as {@code ?flagged=…} */
    private static Response backTo(DiscussionScope scope, long postId, String query) {
        return Response.seeOther(URI.create(scope.basePath() + query + "#post-" + postId)).build();
    }
}
