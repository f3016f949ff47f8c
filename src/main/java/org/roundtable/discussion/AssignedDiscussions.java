package org.roundtable.discussion;

import org.roundtable.classroom.AssignmentChanged;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;

/**
 * A question taken away from its assignment or brought back changes what its discussion's open pages may do, so it
 * reaches them as this package's own {@link DiscussionChanged}, in the transaction of the change. Here rather than
 * in the audit log, so that the log only writes lines and the pages follow even where nothing is logged.
 */
@ApplicationScoped
public class AssignedDiscussions {

    private final Event<DiscussionChanged> discussions;

    AssignedDiscussions(Event<DiscussionChanged> discussions) {
        this.discussions = discussions;
    }

    void assignmentChanged(@Observes AssignmentChanged changed) {
        if (changed.discussionId() != null) {
            discussions.fire(new DiscussionChanged(changed.classId(), changed.discussionId()));
        }
    }
}
