package org.roundtable.discussion;

/**
 * One line of a flattened thread: the post, how far to indent it, and how to show it.
 *
 * @param depth indentation level, 0 for an answer, at most {@link ThreadBuilder#MAX_DEPTH}
 * @param name the author's name as this viewer may see it (a pseudonym in anonymous classes)
 * @param replyingTo for replies, whom they answer (read to screen readers); null for answers
 * @param capped nested deeper than shown: the page says "replying to" out loud
 * @param placeholderText for a post kept only to hold its replies in place, what to show instead
 *                    ("Deleted post"); null for a post shown in full
 * @param own written by the viewer
 * @param bodyHtml the text this viewer sees (classmates see the approved text while an edit waits); null for
 *                 a placeholder
 */
public record ThreadEntry(PostRow post, int depth, String name, String replyingTo, boolean capped,
        String placeholderText,
        boolean own, String bodyHtml) {

    public boolean isPlaceholder() {
        return placeholderText != null;
    }

    public long id() {
        return post.id();
    }
}
