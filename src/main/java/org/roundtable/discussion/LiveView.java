package org.roundtable.discussion;

/**
 * What a live stream's reader may see, fixed when the stream opens: the page's rules
 * for this reader, the page's own scope for rendering, and the CSRF token their forms
 * carry (the stream renders outside any request).
 */
public record LiveView(long discussionId, DiscussionScope scope, ThreadBuilder.Viewing viewing, String csrfToken) {
}
