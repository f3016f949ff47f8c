package org.roundtable.discussion;

import java.net.URI;
import java.util.Map;
import java.util.function.Function;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** What a student does to one post: edit or delete their own, flag a classmate's. */
@Path("/classes/{classId}/discussions/{discussionId}/posts/{postId}")
@Produces(MediaType.TEXT_HTML)
@Authenticated
@Transactional
public class PostResource {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance edit(DiscussionScope scope, Post post, PostForm form,
                Map<String, String> errors);

        static native TemplateInstance delete(DiscussionScope scope, Post post);

        static native TemplateInstance flag(DiscussionScope scope, Post post, String name, FlagReason[] reasons,
                FlagForm form, Map<String, String> errors);
    }

    private final PostEdits edits;

    PostResource(PostEdits edits) {
        this.edits = edits;
    }

    @GET
    @Path("edit")
    public Response editForm(@BeanParam PostPath at) {
        return whileEditable(edits.own(at),
                own -> Response.ok(editPage(own, PostForm.of(own.post()), Map.of())).build());
    }

    @POST
    @Path("edit")
    public Response edit(@BeanParam PostPath at, @BeanParam PostForm form) {
        PostEdits.Target own = edits.own(at);
        return storedOr(own, edits.revise(own, form), "", errors -> editPage(own, form, errors));
    }

    @GET
    @Path("delete")
    public TemplateInstance deleteForm(@BeanParam PostPath at) {
        PostEdits.Target own = edits.own(at);
        return Templates.delete(own.scope(), own.post());
    }

    @POST
    @Path("delete")
    public Response delete(@BeanParam PostPath at) {
        return whileEditable(edits.own(at), own -> {
            edits.delete(own);
            return backTo(own, "");
        });
    }

    @GET
    @Path("flag")
    public TemplateInstance flagForm(@BeanParam PostPath at) {
        return flagPage(edits.flaggable(at), new FlagForm(), Map.of());
    }

    @POST
    @Path("flag")
    public Response flag(@BeanParam PostPath at, @BeanParam FlagForm form) {
        PostEdits.Target flagged = edits.flaggable(at);
        return storedOr(flagged, edits.flag(flagged, form), "?flagged=" + flagged.post().id,
                errors -> flagPage(flagged, form, errors));
    }

    /** The step, while the author's edit window is open; once it has closed, the edit page says so instead. */
    private Response whileEditable(PostEdits.Target own, Function<PostEdits.Target, Response> step) {
        if (!edits.stillEditable(own)) {
            return Response.status(403).entity(editPage(own, null, PostEdits.windowClosedErrors(own.scope()))).build();
        }
        return step.apply(own);
    }

    private static TemplateInstance editPage(PostEdits.Target own, PostForm form, Map<String, String> errors) {
        return Templates.edit(own.scope(), own.post(), form, errors);
    }

    private static TemplateInstance flagPage(PostEdits.Target flagged, FlagForm form, Map<String, String> errors) {
        DiscussionScope scope = flagged.scope();
        return Templates.flag(scope, flagged.post(), flagged.post().byline().seenBy(scope.viewing()),
                FlagReason.values(), form, errors);
    }

    /**
     * Back to the post once the write is stored; a refused one shows its form again, with what is wrong (400).
     *
     * @param errors what kept the write from being stored; empty when it is
     */
    private static Response storedOr(PostEdits.Target target, Map<String, String> errors, String query,
            Function<Map<String, String>, TemplateInstance> form) {
        if (!errors.isEmpty()) {
            return Response.status(400).entity(form.apply(errors)).build();
        }
        return backTo(target, query);
    }

    /** @param query what the discussion page should show with the post, such as {@code ?flagged=…} */
    private static Response backTo(PostEdits.Target target, String query) {
        return Response.seeOther(URI.create(target.scope().basePath() + query + "#post-" + target.post().id))
                .build();
    }
}
