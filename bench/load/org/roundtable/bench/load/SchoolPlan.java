package org.roundtable.bench.load;

/**
 * The school day's ramp and its people's pace. Classes join in steps; a class's students
 * arrive within {@code arrivalSeconds}; think times (log-normal) have the given means: a
 * page read, a post written. After each page a student replies with {@code replyShare},
 * moves to the next question with {@code moveShare}, else reads on and reloads.
 */
record SchoolPlan(boolean isSmoke, int students, int firstClasses, int stepClasses, int maxClasses,
        int stepSeconds, int arrivalSeconds, double readSeconds, double writeSeconds, double replyShare,
        double moveShare, double p99LimitMs, int budgetSeconds) {

    static SchoolPlan full() {
        return new SchoolPlan(false, 30, 10, 10, 120, 90, 60, 5, 20, 0.15, 0.05, 200, 12 * 60);
    }

    /** The full day's pace with {@code classes} classes from the start, held for one longer step: a steady load to profile. */
    static SchoolPlan held(int classes) {
        SchoolPlan day = full();
        return new SchoolPlan(false, day.students, classes, classes, classes, 180, day.arrivalSeconds,
                day.readSeconds, day.writeSeconds, day.replyShare, day.moveShare, day.p99LimitMs, day.budgetSeconds);
    }

    static SchoolPlan smoke() {
        return new SchoolPlan(true, 30, 1, 1, 2, 20, 10, 2, 4, 0.15, 0.05, 200, 60);
    }
}
