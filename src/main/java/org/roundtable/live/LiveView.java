package org.roundtable.live;

import org.roundtable.discussion.ClassRules;
import org.roundtable.discussion.DiscussionScope;
import org.roundtable.discussion.ThreadBuilder;

/**
 * What a live stream's reader may see, fixed when the stream opens: the page's rules
 * for this reader, the class settings they follow from, the page's own scope for
 * rendering, and the CSRF token their forms carry (the stream renders outside any request).
 */
public record LiveView(long discussionId, DiscussionScope scope, ThreadBuilder.Viewing viewing, ClassRules rules,
        String csrfToken) {

    public static LiveView of(DiscussionScope scope, String csrfToken) {
        return new LiveView(scope.discussion().id, scope, scope.viewing(), ClassRules.of(scope.classroom()), csrfToken);
    }

    /** Whether this view still follows the class's current settings. */
    boolean under(ClassRules current) {
        return rules.equals(current);
    }
}
