package org.roundtable.discussion;

import java.time.Instant;

import org.roundtable.classroom.ClassPages;

import jakarta.enterprise.context.RequestScoped;

/** Loads a discussion for the signed-in person: the check every discussion route and stream starts with. */
@RequestScoped
public class DiscussionScopes {

    private final ClassPages pages;

    DiscussionScopes(ClassPages pages) {
        this.pages = pages;
    }

    /** The discussion as the signed-in person may use it: 404 for unknown ids, 403 for anyone outside the class. */
    public DiscussionScope load(long classId, long discussionId) {
        return DiscussionScope.load(classId, discussionId, pages.viewer(), pages.library());
    }

    /** Now, by the clock every class page reads. */
    public Instant now() {
        return pages.now();
    }
}
