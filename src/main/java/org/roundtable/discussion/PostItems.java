package org.roundtable.discussion;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The posts of a discussion page as students see them, rendered once and shared: thirty
 * students opening the same discussion see the same posts the same way, so each post's
 * markup is rendered by the first of them and reused by the others.
 *
 * <p>A rendered post is found again only by everything it shows: the post as read (text,
 * status, flags, edits), how this reader sees it (name, placeholder, their own or not) and
 * where it sits (page, sort, whether posting is closed, whether it can still be edited).
 * Any change to one of these is another key, so nothing is ever invalidated by hand. Only
 * "5 minutes ago" ages in place, so a rendering is kept for {@link #FRESH_FOR_NANOS} at
 * most. The teacher's posts carry forms with the teacher's own CSRF token: the page renders
 * them every time.
 */
@ApplicationScoped
public class PostItems {

    /** How long a rendering stays fresh: the relative time it shows ("just now") may be this late. */
    static final long FRESH_FOR_NANOS = 15_000_000_000L;
    /** A bound on memory: a few KB each. */
    static final int MAX_ITEMS = 5_000;

    record Key(ThreadEntry entry, long classId, long discussionId, long articleId, Sort sort, int page,
            boolean editable, String closed) {
    }

    record Rendered(String html, long at) {
    }

    private final Map<Key, Rendered> cache = new ConcurrentHashMap<>();

    /** Each entry's markup by post id, for a student's page; reuses what another student's page rendered. */
    Map<Long, String> forStudent(DiscussionScope scope, List<ThreadEntry> entries, Sort sort, int page,
            Set<Long> editable, String closed) {
        Map<Long, String> html = new HashMap<>();
        long now = System.nanoTime();
        for (ThreadEntry entry : entries) {
            boolean canEdit = editable.contains(entry.id());
            Key key = new Key(entry, scope.classroom().id, scope.discussion().id, scope.article().id(), sort, page,
                    canEdit, closed);
            Rendered rendered = cache.get(key);
            if (rendered == null || now - rendered.at() > FRESH_FOR_NANOS) {
                rendered = new Rendered(DiscussionResource.Templates.discussion$post(entry, scope, sort, page, canEdit,
                        closed, "").render(), now);
                if (cache.size() >= MAX_ITEMS) {
                    cache.clear();
                }
                cache.put(key, rendered);
            }
            html.put(entry.id(), rendered.html());
        }
        return html;
    }

    /**
     * One post as a live update shows it: the page's markup for it (the discussion template's
     * {@code post} fragment) in its list item, without the reply form. The live stream calls this.
     *
     * @param csrf the token the teacher's forms carry (or a slot for it)
     */
    public static String livePost(ThreadEntry entry, DiscussionScope scope, Sort sort, int page, boolean editable,
            String closed, String csrf) {
        return DiscussionResource.Templates.discussion$livePost(entry, scope, sort, page, editable, closed, csrf)
                .render();
    }
}
