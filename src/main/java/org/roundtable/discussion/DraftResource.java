package org.roundtable.discussion;

import java.net.URI;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.roundtable.article.ArticleContent;

import io.quarkus.security.Authenticated;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/**
 * "Open this section in the article page, keeping my draft": the answer form is sent here by the section's button
 * beside it, kept as the writer's {@link PostDraft}, and the writer is sent to the section in the article page,
 * whose "Back to your answer" opens the discussion with the draft in the form. Without JavaScript a plain link
 * would lose what was typed, and a GET carrying the text would put it (and the form's token) in the address.
 */
@Path("/classes/{classId}/discussions/{discussionId}/draft")
@Authenticated
@Transactional
public class DraftResource {

    private final DiscussionScopes scopes;

    DraftResource(DiscussionScopes scopes) {
        this.scopes = scopes;
    }

    @POST
    public Response keep(@RestPath long classId, @RestPath long discussionId, @BeanParam PostForm form,
            @RestForm Long read) {
        DiscussionScope scope = scopes.load(classId, discussionId);
        PostDraft.keep(scope, form, scopes.now());
        ArticleContent.Section section = scope.article().section(read);
        String to = section == null ? DiscussionPaths.articlePath(scope) : DiscussionPaths.readingPath(scope, section);
        return Response.seeOther(URI.create(to)).build();
    }
}
