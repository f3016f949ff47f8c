package org.roundtable.grading;

/** Where a student stands on an assignment, as the grading view lists them. */
public enum Standing {

    NOT_STARTED("Not started"), ANSWERED("Answered"), REPLIED("Replied"), GRADED("Graded");

    public final String label;

    Standing(String label) {
        this.label = label;
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
