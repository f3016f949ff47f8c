package org.roundtable.grading;

import org.roundtable.classroom.Assignment;
import org.roundtable.classroom.Discussion;
import org.roundtable.classroom.Feedback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** What the grading tests set up beside the shared fixtures: a maximum score, a question taken away. */
@ApplicationScoped
public class GradingFixtures {

    @Transactional
    public void maxScore(long assignmentId, Integer max) {
        Assignment.<Assignment>findById(assignmentId).maxScore = max;
    }

    @Transactional
    public void withdraw(long discussionId) {
        Discussion.<Discussion>findById(discussionId).withdrawn = true;
    }

    /** The stored comment and score, joined by "|", or null when there is no feedback. */
    @Transactional
    public String feedback(long assignmentId, long accountId) {
        Feedback feedback = Feedback.find(assignmentId, accountId);
        return feedback == null ? null : feedback.comment + "|" + feedback.score;
    }
}
