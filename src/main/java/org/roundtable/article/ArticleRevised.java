package org.roundtable.article;

import java.util.List;

/**
 * A published article was edited: every instance drops its copy, and the audit log of every class that assigned it
 * records what changed. Fired in the editing transaction.
 *
 * @param changes what changed, one line each, e.g. "Section 3's heading: “Talks” → “The talks”"
 */
public record ArticleRevised(long articleId, String title, long editorId, List<String> changes) {

    public ArticleRevised {
        changes = List.copyOf(changes);
    }

    public String summary() {
        return String.join("; ", changes);
    }
}
