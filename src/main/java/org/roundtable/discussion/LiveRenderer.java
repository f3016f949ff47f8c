package org.roundtable.discussion;

import java.time.Instant;
import java.util.List;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;

/** Shapes one changed post for one reader, as the page would show it, as a small JSON message. */
@ApplicationScoped
public class LiveRenderer {

    @CheckedTemplate(basePath = "DiscussionResource")
    static class Templates {
        static native TemplateInstance livePost(ThreadEntry entry, DiscussionScope scope, Sort sort, int page,
                boolean editable, String closed, String csrf);
    }

    /** The post and its parent, with one query. */
    static List<PostRow> load(long postId) {
        return Panache.getEntityManager().createQuery(PostRow.SELECT
                + "from Post p left join p.author a "
                + "where p.id = :id or p.id = (select q.parent.id from Post q where q.id = :id)", PostRow.class)
                .setParameter("id", postId).getResultList();
    }

    /**
     * The message for this reader, or null when they should hear nothing of it (a post
     * they may not see, and no placeholder to show in its place).
     */
    String render(LiveView view, PostRow post, PostRow parent) {
        ThreadEntry entry = ThreadBuilder.single(view.viewing(), post, parent);
        if (entry == null) {
            return null;
        }
        Instant now = Instant.now();
        boolean editable = entry.own() && !entry.isPlaceholder()
                && now.isBefore(post.createdAt().plus(view.scope().classroom().editWindow()));
        String html = Templates.livePost(entry, view.scope(), Sort.OLDEST, 1, editable,
                view.scope().postingClosedReason(now), view.csrfToken()).render();
        return "{\"id\":" + post.id() + ",\"parent\":" + (post.parentId() == null ? "null" : post.parentId())
                + ",\"root\":" + post.rootId() + ",\"depth\":" + entry.depth()
                + ",\"visible\":" + !entry.isPlaceholder() + ",\"html\":" + json(html) + "}";
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
