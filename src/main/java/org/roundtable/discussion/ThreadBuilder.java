package org.roundtable.discussion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    private final Map<Long, Boolean> shownBelow = new HashMap<>();

    private ThreadBuilder(Viewing viewing, List<PostRow> rows) {
        this.viewing = viewing;
        for (PostRow row : rows) {
            byId.put(row.id(), row);
            if (row.parentId() != null) {
                children.computeIfAbsent(row.parentId(), k -> new ArrayList<>()).add(row);
            }
        }
        children.values().forEach(list -> list.sort(OLDEST_FIRST));
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
            if (root != null) {
                builder.walk(root, 0, null, out);
            }
        }
        return out;
    }

    private void walk(PostRow post, int depth, ThreadEntry parentEntry, List<ThreadEntry> out) {
        boolean full = showsInFull(post);
        if (!full && !hasShownDescendant(post)) {
            return;
        }
        String replyingTo = parentEntry == null ? null
                : parentEntry.isPlaceholder() ? parentEntry.placeholderText().toLowerCase() : parentEntry.name();
        boolean own = post.isBy(viewing.viewerId());
        ThreadEntry entry = new ThreadEntry(post, Math.min(depth, MAX_DEPTH), full ? nameFor(post) : null,
                replyingTo, depth > MAX_DEPTH, full ? null : placeholderFor(post), own);
        out.add(entry);
        for (PostRow child : children.getOrDefault(post.id(), List.of())) {
            walk(child, depth + 1, entry, out);
        }
    }

    /**
     * One post as this viewer would see it in its thread, for a live update: in full, as
     * a placeholder where it was once visible (so an open page can blank it in place), or
     * null when the viewer should learn nothing of it.
     */
    public static ThreadEntry single(Viewing viewing, PostRow post, PostRow parent) {
        ThreadBuilder builder = new ThreadBuilder(viewing, parent == null ? List.of(post) : List.of(post, parent));
        String replyingTo = null;
        if (parent != null) {
            replyingTo = builder.showsInFull(parent) ? builder.nameFor(parent) : placeholderFor(parent).toLowerCase();
        }
        boolean own = post.isBy(viewing.viewerId());
        int depth = Math.min(post.depth(), MAX_DEPTH);
        if (builder.showsInFull(post)) {
            return new ThreadEntry(post, depth, builder.nameFor(post), replyingTo, post.depth() > MAX_DEPTH, null, own);
        }
        boolean onceVisible = post.status() != PostStatus.PENDING && (viewing.seesClassmates() || own);
        return onceVisible
                ? new ThreadEntry(post, depth, null, replyingTo, post.depth() > MAX_DEPTH, placeholderFor(post), own)
                : null;
    }

    boolean showsInFull(PostRow post) {
        if (!post.isLive()) {
            return false;
        }
        if (viewing.teacher() || post.isBy(viewing.viewerId())) {
            return true;
        }
        return viewing.seesClassmates() && post.status() == PostStatus.PUBLISHED && !post.flaggedHidden();
    }

    private boolean hasShownDescendant(PostRow post) {
        Boolean known = shownBelow.get(post.id());
        if (known != null) {
            return known;
        }
        boolean result = false;
        for (PostRow child : children.getOrDefault(post.id(), List.of())) {
            if (showsInFull(child) || hasShownDescendant(child)) {
                result = true;
                break;
            }
        }
        shownBelow.put(post.id(), result);
        return result;
    }

    /** The one name rule, {@link Byline#seenBy}: entries and "replying to" both come from here. */
    private String nameFor(PostRow post) {
        return post.byline().seenBy(viewing);
    }

    private static String placeholderFor(PostRow post) {
        return switch (post.status()) {
            case DELETED -> "Deleted post";
            case REMOVED -> "Removed by the teacher";
            default -> "Hidden post";
        };
    }
}
