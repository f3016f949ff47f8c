package org.roundtable.discussion;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Everything the discussion template shows, in one record.
 *
 * @param answer the answer form, blank or as refused
 * @param reply the open reply form, or null
 * @param rendered each post's markup by id ({@link PostItems}): shared among students, fresh for the teacher
 * @param closedReason why the viewer cannot post now, or null
 * @param flagged the post the student just flagged, to confirm it beside the post
 * @param minds "did the discussion change your mind?": the viewer's form and the class's chart
 */
public record DiscussionPage(DiscussionScope scope, PostPage posts, Sort sort, Sort[] sorts, PostForm answer,
        PostForm reply, Map<String, String> answerErrors, Map<String, String> replyErrors,
        Map<Long, String> rendered, String closedReason, Long flagged, MindsView minds) {

    /**
     * One post as the page's thread lists it.
     *
     * @param html the post's markup ({@link PostItems})
     * @param flagged the student just flagged it
     * @param replying the reply form opens under it
     * @param moreReplies the last shown post of a thread: how many of the thread's replies the page leaves out
     */
    public record Item(ThreadEntry entry, String html, boolean flagged, boolean replying, int moreReplies) {
    }

    /** The thread's posts in order, each with all the page decides about it. */
    public List<Item> items() {
        List<ThreadEntry> entries = posts.entries();
        List<Item> items = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            ThreadEntry entry = entries.get(i);
            boolean replying = !entry.isPlaceholder() && reply != null && reply.parentId != null
                    && reply.parentId == entry.id() && closedReason == null;
            boolean endsThread = i + 1 == entries.size() || entries.get(i + 1).depth() == 0;
            int more = endsThread ? posts.moreReplies().getOrDefault(entry.post().rootId(), 0) : 0;
            items.add(new Item(entry, rendered.get(entry.id()), flagged != null && flagged == entry.id(), replying,
                    more));
        }
        return items;
    }
}
