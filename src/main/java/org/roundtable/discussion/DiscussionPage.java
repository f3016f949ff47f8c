package org.roundtable.discussion;

import java.util.Map;
import java.util.Set;

/**
 * Everything the discussion template shows, in one record.
 *
 * @param answer the answer form, blank or as refused
 * @param reply the open reply form, or null
 * @param editable the viewer's posts they may still edit on this page
 * @param rendered students' posts rendered once and shared ({@link PostItems}); empty for the teacher
 * @param closedReason why the viewer cannot post now, or null
 * @param flagged the post the student just flagged, to confirm it beside the post
 */
public record DiscussionPage(DiscussionScope scope, PostPage posts, Sort sort, Sort[] sorts, PostForm answer,
        PostForm reply, Map<String, String> answerErrors, Map<String, String> replyErrors, Set<Long> editable,
        Map<Long, String> rendered, String closedReason, Long flagged) {

    public boolean isEditable(ThreadEntry entry) {
        return editable.contains(entry.id());
    }

    /** The post the student just flagged is this one. */
    public boolean justFlagged(ThreadEntry entry) {
        return flagged != null && flagged == entry.id();
    }

    /** The reply form opens under this post. */
    public boolean replyingTo(ThreadEntry entry) {
        return reply != null && reply.parentId != null && reply.parentId == entry.id() && closedReason == null;
    }
}
