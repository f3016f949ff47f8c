package org.roundtable.live;

import java.util.Locale;

import org.roundtable.discussion.ClassRules;
import org.roundtable.discussion.DiscussionScope;
import org.roundtable.discussion.ThreadBuilder;
import org.roundtable.language.Messages;

/**
 * What a live stream's reader may see, fixed when the stream opens: the page's rules
 * for this reader, the class settings they follow from, the page's own scope for
 * rendering, the CSRF token their forms carry and the language they read (the stream renders outside any
 * request).
 */
public record LiveView(long discussionId, DiscussionScope scope, ThreadBuilder.Viewing viewing, ClassRules rules,
        String csrfToken, Locale language) {

    /** The view of the reader whose request opens the stream, in the language of that request. */
    public static LiveView of(DiscussionScope scope, String csrfToken) {
        return new LiveView(scope.discussion().id, scope, scope.viewing(), ClassRules.of(scope.classroom()), csrfToken,
                Messages.locale());
    }

    /** Whether this view still follows the class's current settings. */
    boolean under(ClassRules current) {
        return rules.equals(current);
    }
}
