package org.roundtable.discussion;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the visible threads of a page from the flat rows of one query: decides for
 * each post whether this viewer sees it, keeps placeholders where hidden or deleted
 * posts still hold visible replies, and flattens the tree to (post, depth) for one
 * template loop.
 */
public final class ThreadBuilder {

    /** Replies nest visibly down to this depth; deeper ones stay at it, saying whom they answer. */
    public static final int MAX_DEPTH = 3;

    private static final Comparator<PostRow> OLDEST_FIRST = Comparator.comparing(PostRow::createdAt)
            .thenComparingLong(PostRow::id);

    /**
     * Who is looking.
     *
     * @param viewerId the reader's account
     * @param teacher the reader teaches the class: sees everything that is not deleted
     * @param seesClassmates false while post-first hides classmates' posts from this student
     * @param anonymous the class is anonymous now: classmates appear under their pseudonyms (a post
     *        written under a pseudonym keeps it anyway: {@link Byline})
     */
    public record Viewing(long viewerId, boolean teacher, boolean seesClassmates, boolean anonymous) {
    }

    private final Viewing viewing;
    private final Map<Long, List<PostRow>> children = new HashMap<>();
    private final Map<Long, PostRow> byId = new HashMap<>();
    /** Posts with a reply somewhere below them that this viewer sees, in full or as a placeholder. */
    private final Set<Long> shownBelow = new HashSet<>();

    private ThreadBuilder(Viewing viewing, List<PostRow> rows) {
        this.viewing = viewing;
        for (PostRow row : rows) {
            byId.put(row.id(), row);
            if (row.parentId() != null) {
                children.computeIfAbsent(row.parentId(), k -> new ArrayList<>()).add(row);
            }
        }
        children.values().forEach(list -> list.sort(OLDEST_FIRST));
        for (PostRow row : rows) {
            if (showsInFull(row)) {
                markAncestors(row);
            }
        }
    }

    /**
     * Flattens the threads of the given answers, in the given order.
     *
     * @param rows every post of those threads (answers and all their replies, any status)
     * @param rootOrder the answers' ids in page order
     */
    public static List<ThreadEntry> build(Viewing viewing, List<PostRow> rows, List<Long> rootOrder) {
        ThreadBuilder builder = new ThreadBuilder(viewing, rows);
        List<ThreadEntry> out = new ArrayList<>(rows.size());
        for (Long rootId : rootOrder) {
            PostRow root = builder.byId.get(rootId);
            if (root != null && builder.shows(root)) {
                builder.walk(root, out);
            }
        }
        return out;
    }

    private record Step(PostRow post, int depth, ThreadEntry parent) {
    }

    /**
     * Depth first, each post's replies oldest first, with a stack of its own rather than
     * recursion: a reply chain may be thousands of posts long.
     */
    private void walk(PostRow root, List<ThreadEntry> out) {
        Deque<Step> stack = new ArrayDeque<>();
        stack.push(new Step(root, 0, null));
        while (!stack.isEmpty()) {
            Step step = stack.pop();
            ThreadEntry entry = entry(step.post(), step.depth(), step.parent());
            out.add(entry);
            List<PostRow> replies = children.getOrDefault(step.post().id(), List.of());
            for (int i = replies.size() - 1; i >= 0; i--) {
                if (shows(replies.get(i))) {
                    stack.push(new Step(replies.get(i), step.depth() + 1, entry));
                }
            }
        }
    }

    private ThreadEntry entry(PostRow post, int depth, ThreadEntry parentEntry) {
        boolean full = showsInFull(post);
        String replyingTo = parentEntry == null ? null
                : parentEntry.isPlaceholder() ? parentEntry.post().status().placeholderInline()
                        : parentEntry.name();
        return new ThreadEntry(post, Math.min(depth, MAX_DEPTH), full ? nameFor(post) : null, replyingTo,
                depth > MAX_DEPTH, full ? null : placeholderFor(post), post.isBy(viewing.viewerId()),
                full ? bodyFor(post) : null);
    }

    /**
     * One post as this viewer would see it in its thread, for a live update: in full, as
     * a placeholder where the viewer could once see it (so an open page can blank it in
     * place), or null when the viewer should learn nothing of it.
     */
    public static ThreadEntry single(Viewing viewing, PostRow post, PostRow parent) {
        ThreadBuilder builder = new ThreadBuilder(viewing, parent == null ? List.of(post) : List.of(post, parent));
        String replyingTo = null;
        if (parent != null) {
            if (!builder.showsInFull(parent) && !builder.holdsPlace(parent)) {
                return null; // a reply under a post this viewer never saw: the page shows neither
            }
            replyingTo = builder.showsInFull(parent) ? builder.nameFor(parent)
                    : parent.status().placeholderInline();
        }
        boolean own = post.isBy(viewing.viewerId());
        int depth = Math.min(post.depth(), MAX_DEPTH);
        // Depths are stored capped: a reply is deeper than shown when its parent is already at the cap.
        boolean capped = parent != null ? parent.depth() >= MAX_DEPTH : post.depth() > MAX_DEPTH;
        if (builder.showsInFull(post)) {
            return new ThreadEntry(post, depth, builder.nameFor(post), replyingTo, capped, null, own,
                    builder.bodyFor(post));
        }
        return builder.holdsPlace(post)
                ? new ThreadEntry(post, depth, null, replyingTo, capped, builder.placeholderFor(post), own, null)
                : null;
    }

    /** {@link Visibility#inFull}. */
    boolean showsInFull(PostRow post) {
        return Visibility.inFull(viewing, post);
    }

    /** {@link Visibility#holdsPlace}: nothing hangs, for this viewer, from a post they never saw. */
    private boolean holdsPlace(PostRow post) {
        return Visibility.holdsPlace(viewing, post);
    }

    /**
     * On the page: in full, or as a placeholder holding visible replies in place; the author's own
     * removed post always, so they learn what happened to it.
     */
    private boolean shows(PostRow post) {
        return showsInFull(post) || holdsPlace(post) && shownBelow.contains(post.id())
                || Visibility.removedFromAuthor(viewing, post);
    }

    /**
     * Marks, from a post shown in full, each ancestor as holding a shown reply, up to the first
     * that cannot show (which hides what is below it) or that is marked already. Each post is
     * marked once, so the whole pass is linear and needs no recursion.
     */
    private void markAncestors(PostRow shown) {
        PostRow post = shown;
        while (post.parentId() != null && shownBelow.add(post.parentId())) {
            PostRow parent = byId.get(post.parentId());
            if (parent == null || !showsInFull(parent) && !holdsPlace(parent)) {
                return;
            }
            post = parent;
        }
    }

    /** Classmates see the approved text while the author's edit waits for the teacher. */
    private String bodyFor(PostRow post) {
        return Visibility.bodyFor(viewing, post);
    }

    /** The one name rule, {@link Byline#seenBy}: entries and "replying to" both come from here. */
    private String nameFor(PostRow post) {
        return Visibility.nameFor(viewing, post);
    }

    /** What stands in place of the post: its author is told why the teacher removed it. */
    private String placeholderFor(PostRow post) {
        return Visibility.removedFromAuthor(viewing, post) ? PostStatus.authorPlaceholder(post.hiddenReason())
                : post.status().placeholder();
    }
}
