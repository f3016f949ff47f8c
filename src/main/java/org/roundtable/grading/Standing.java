package org.roundtable.grading;

import org.roundtable.language.Messages;

/** Where a student stands on an assignment, as the grading view lists them. */
public enum Standing {

    NOT_STARTED, ANSWERED, REPLIED, GRADED;

    /** "Not started", in the language being spoken. */
    public String label() {
        GradingMsg words = Messages.now(GradingMsg.class);
        return switch (this) {
            case NOT_STARTED -> words.standingNotStarted();
            case ANSWERED -> words.standingAnswered();
            case REPLIED -> words.standingReplied();
            case GRADED -> words.standingGraded();
        };
    }

    /** The css suffix of the status badge: {@code status-not-started}, … */
    public String css() {
        return name().toLowerCase().replace('_', '-');
    }

    /** Feedback given counts first: a graded student is done whatever they wrote. */
    static Standing of(long answers, long replies, boolean graded) {
        if (graded) {
            return GRADED;
        }
        if (replies > 0) {
            return REPLIED;
        }
        return answers > 0 ? ANSWERED : NOT_STARTED;
    }
}
