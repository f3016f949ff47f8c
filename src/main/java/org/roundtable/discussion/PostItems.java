package org.roundtable.discussion;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Entities;
import org.roundtable.language.Messages;
import org.roundtable.web.TimeExtensions;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The posts of a discussion page as students see them, rendered once and shared: thirty
 * students opening the same discussion see the same posts the same way, so each post's
 * markup is rendered by the first of them and reused by the others.
 *
 * <p>A rendered post is found again only by everything it shows: the post as read (text,
 * status, flags, edits), how this reader sees it (name, placeholder, their own or not) and
 * where it sits (page, sort, whether posting is closed, whether it can still be edited), and the
 * language it is read in.
 * Any change to one of these is another key, so nothing is ever invalidated by hand. Only
 * "5 minutes ago" ages, so it is kept as a slot that each response fills with the words of its
 * moment. A rendering is then good for as long as the post stays as it is: the cache
 * ({@code post-renders} in the configuration) keeps a bounded number of them for minutes, long
 * enough that the collector moves each once to the old heap and never again.
 * The teacher's posts carry forms with the CSRF token of the response: they are kept with a slot
 * in its place too, so no token is ever kept.
 */
@ApplicationScoped
public class PostItems {

    /**
     * A post's render depends on the article's revision too (it names the section it cites), and on the
     * reader's language: classmates share a rendering only when they read the interface in the same one.
     */
    record Key(ThreadEntry entry, boolean teacher, long classId, long discussionId, long articleId,
            int articleRevision, Sort sort, int page, boolean editable, String closed, Locale language) {
    }

    /** Stands for the token in a kept rendering of the teacher's forms: unguessable, so no post can write it. */
    private static final String TOKEN_SLOT = "rt-page-token-" + new BigInteger(128, new SecureRandom()).toString(36);
    /** Stands for the post's "5 minutes ago" in a kept rendering. */
    private static final String AGO_SLOT = "rt-ago-" + new BigInteger(128, new SecureRandom()).toString(36);
    /** What a token may be (the CSRF extension's are URL-safe Base64): anything else is left out, never inserted. */
    private static final Pattern SAFE_TOKEN = Pattern.compile("[A-Za-z0-9_=-]*");

    private final Cache cache;

    PostItems(@CacheName("post-renders") Cache cache) {
        this.cache = cache;
    }

    /**
     * Each entry's markup by post id. A student's page reuses what another student's page
     * rendered; the teacher's page reuses its own renderings, with this response's token put in.
     *
     * @param csrf the token of this response, for the teacher's forms
     */
    Map<Long, String> forPage(DiscussionScope scope, List<ThreadEntry> entries, Sort sort, int page,
            Set<Long> editable, String closed, String csrf) {
        Map<Long, String> html = new HashMap<>();
        boolean teacher = scope.teacher();
        String token = csrf != null && SAFE_TOKEN.matcher(csrf).matches() ? csrf : "";
        Locale language = Messages.locale();
        TimeExtensions.Ago ago = new TimeExtensions.Ago(language);
        Map<String, String> escaped = new HashMap<>();
        for (ThreadEntry entry : entries) {
            boolean canEdit = editable.contains(entry.id());
            Key key = new Key(entry, teacher, scope.classroom().id, scope.discussion().id, scope.article().id(),
                    scope.article().revision(), sort, page, canEdit, closed, language);
            String rendered = cache.get(key, k -> render(entry, scope, sort, page, canEdit, closed))
                    .await().indefinitely();
            String now = rendered.replace(AGO_SLOT,
                    escaped.computeIfAbsent(ago.of(entry.post().createdAt()), Entities::escape));
            html.put(entry.id(), teacher ? now.replace(TOKEN_SLOT, token) : now);
        }
        return html;
    }

    /** The one place a shared post's markup comes from: the discussion template's {@code post} fragment. */
    private static String render(ThreadEntry entry, DiscussionScope scope, Sort sort, int page, boolean editable,
            String closed) {
        return DiscussionResource.Templates.discussion$post(entry, scope, sort, page, editable, closed,
                scope.teacher() ? TOKEN_SLOT : "", AGO_SLOT).render();
    }

    /**
     * One post as a live update shows it: the page's markup for it (the discussion template's
     * {@code post} fragment) in its list item, without the reply form. The live stream calls this.
     *
     * @param csrf the token the teacher's forms carry (or a slot for it)
     */
    public static String livePost(ThreadEntry entry, DiscussionScope scope, Sort sort, int page, boolean editable,
            String closed, String csrf) {
        return DiscussionResource.Templates.discussion$livePost(entry, scope, sort, page, editable, closed, csrf, null)
                .render();
    }
}
