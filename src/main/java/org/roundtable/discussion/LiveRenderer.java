package org.roundtable.discussion;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;

/** Shapes one changed post for each audience of readers, as the page would show it, as a small JSON message. */
@ApplicationScoped
public class LiveRenderer {

    /** A changed post as one instance reads it: the post, its parent, and the class's settings now. */
    record Change(PostRow post, PostRow parent, ClassRules rules) {
    }

    /**
     * Readers who are shown the same markup: the same rules, the same reason they cannot
     * post (if any), and — since a reader's own posts look different to them — their own
     * identity only when they wrote the post or its parent. The reader's id in the rules
     * is otherwise replaced by nobody's, which is sound as long as the thread builder
     * compares it with authors only.
     */
    record Audience(ThreadBuilder.Viewing viewing, String closed) {
    }

    /** Stands for the reader's CSRF token in a shared rendering: random, so no post can spell it. */
    private static final String TOKEN_SLOT = "rt-token-" + new BigInteger(128, new SecureRandom()).toString(36);
    private static final Pattern SAFE_TOKEN = Pattern.compile("[A-Za-z0-9_.~:=+/-]*");
    private static final long NOBODY = -1;

    /** The post and its parent, with one query, and the class's settings with another. */
    static Change load(long classId, long postId) {
        List<PostRow> rows = Panache.getEntityManager().createQuery(PostRow.SELECT
                + "from Post p left join p.author a "
                + "where p.id = :id or p.id = (select q.parent.id from Post q where q.id = :id)", PostRow.class)
                .setParameter("id", postId).getResultList();
        PostRow post = rows.stream().filter(r -> r.id() == postId).findFirst().orElse(null);
        PostRow parent = post == null || post.parentId() == null ? null
                : rows.stream().filter(r -> r.id() == post.parentId()).findFirst().orElse(null);
        return new Change(post, parent, ClassRules.load(classId));
    }

    Audience audience(LiveView view, Change change, Instant now) {
        ThreadBuilder.Viewing viewing = view.viewing();
        long reader = viewing.viewerId();
        boolean involved = change.post().isBy(reader) || (change.parent() != null && change.parent().isBy(reader));
        ThreadBuilder.Viewing shared = involved ? viewing
                : new ThreadBuilder.Viewing(NOBODY, viewing.teacher(), viewing.seesClassmates(), viewing.anonymous());
        return new Audience(shared, view.scope().postingClosedReason(now));
    }

    /**
     * The message for this reader's audience, or null when they should hear nothing of it
     * (a post they may not see, and no placeholder to show in its place). Forms in it carry
     * a slot for the token, which {@link #forReader} fills in for each reader.
     */
    String render(LiveView view, Change change, Instant now) {
        PostRow post = change.post();
        ThreadEntry entry = ThreadBuilder.single(view.viewing(), post, change.parent());
        if (entry == null) {
            return null;
        }
        boolean editable = entry.own() && !entry.isPlaceholder()
                && now.isBefore(post.createdAt().plus(view.scope().classroom().editWindow()));
        String html = PostItems.livePost(entry, view.scope(), Sort.OLDEST, 1, editable,
                view.scope().postingClosedReason(now), TOKEN_SLOT);
        return "{\"id\":" + post.id() + ",\"parent\":" + (post.parentId() == null ? "null" : post.parentId())
                + ",\"root\":" + post.rootId() + ",\"depth\":" + entry.depth()
                + ",\"visible\":" + !entry.isPlaceholder() + ",\"html\":" + json(html) + "}";
    }

    /** A shared message with this reader's own CSRF token in its forms. */
    static String forReader(String message, String csrfToken) {
        String token = csrfToken != null && SAFE_TOKEN.matcher(csrfToken).matches() ? csrfToken : "";
        return message.replace(TOKEN_SLOT, token);
    }

    static String json(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '<' -> out.append("\\u003c");   // never "</script>" or similar in a message
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
