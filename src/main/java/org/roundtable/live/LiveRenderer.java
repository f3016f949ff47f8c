package org.roundtable.live;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;

import org.roundtable.discussion.ChangedPost;
import org.roundtable.discussion.PostItems;
import org.roundtable.discussion.PostRow;
import org.roundtable.discussion.Sort;
import org.roundtable.discussion.ThreadBuilder;
import org.roundtable.discussion.ThreadEntry;
import org.roundtable.language.Messages;

import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;

/** Shapes one changed post for each audience of readers, as the page would show it, as a small JSON message. */
@ApplicationScoped
public class LiveRenderer {

    /**
     * Readers who are shown the same markup: the same rules, the same reason they cannot
     * post (if any), and — since a reader's own posts look different to them — their own
     * identity only when they wrote the post or its parent. The reader's id in the rules
     * is otherwise replaced by nobody's, which is sound as long as the thread builder
     * compares it with authors only. Readers of different languages never share a rendering.
     */
    record Audience(ThreadBuilder.Viewing viewing, String closed, Locale language) {
    }

    /** Stands for the reader's CSRF token in a shared rendering: random, so no post can spell it. */
    private static final String TOKEN_SLOT = "rt-token-" + new BigInteger(128, new SecureRandom()).toString(36);
    private static final Pattern SAFE_TOKEN = Pattern.compile("[A-Za-z0-9_.~:=+/-]*");
    private static final long NOBODY = -1;

    Audience audience(LiveView view, ChangedPost change, Instant now) {
        ThreadBuilder.Viewing viewing = view.viewing();
        long reader = viewing.viewerId();
        boolean involved = change.post().isBy(reader) || (change.parent() != null && change.parent().isBy(reader));
        ThreadBuilder.Viewing shared = involved ? viewing
                : new ThreadBuilder.Viewing(NOBODY, viewing.teacher(), viewing.seesClassmates(), viewing.anonymous());
        return Messages.speaking(view.language(),
                () -> new Audience(shared, view.scope().postingClosedReason(now), view.language()));
    }

    /**
     * The message for this reader's audience, or null when they should hear nothing of it
     * (a post they may not see, and no placeholder to show in its place). Forms in it carry
     * a slot for the token, which {@link #forReader} fills in for each reader.
     */
    String render(LiveView view, ChangedPost change, Instant now) {
        return Messages.speaking(view.language(), () -> renderInLanguage(view, change, now));
    }

    private String renderInLanguage(LiveView view, ChangedPost change, Instant now) {
        // The JSON carries no raw '<', '>' or '&' (written as JSON's unicode escapes, read back the same):
        // a message shown by mistake as HTML, or logged into a page, can never open a tag.
        PostRow post = change.post();
        ThreadEntry entry = ThreadBuilder.single(view.viewing(), post, change.parent());
        if (entry == null) {
            return null;
        }
        boolean editable = entry.own() && !entry.isPlaceholder()
                && now.isBefore(post.createdAt().plus(view.scope().classroom().editWindow()));
        String html = PostItems.livePost(entry, view.scope(), Sort.OLDEST, 1, editable,
                view.scope().postingClosedReason(now), TOKEN_SLOT);
        return new JsonObject().put("id", post.id()).put("parent", post.parentId()).put("root", post.rootId())
                .put("depth", entry.depth()).put("visible", !entry.isPlaceholder()).put("html", html).encode()
                .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    /** A shared message with this reader's own CSRF token in its forms. */
    static String forReader(String message, String csrfToken) {
        String token = csrfToken != null && SAFE_TOKEN.matcher(csrfToken).matches() ? csrfToken : "";
        return message.replace(TOKEN_SLOT, token);
    }
}
