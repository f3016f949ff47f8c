package org.roundtable.account;

/**
 * The kinds of names people type, each with its length and its wording, under the one rule of {@link Names}:
 * a student's display name in a class, a teacher's display name, a class's name.
 */
public enum NameKind {

    STUDENT(40, "Enter a display name."), TEACHER(80,
            "Enter the name students and colleagues will see, such as Ms Rivera."), CLASS(120,
                    "Give the class a name, for example \"Period 3 Civics\".");

    /** Longest name, in characters as people count them ({@link Names#length}). */
    public final int maxLength;

    private final String missing;

    NameKind(int maxLength, String missing) {
        this.maxLength = maxLength;
        this.missing = missing;
    }

    /** What is wrong with the name as typed, in words for the person who typed it; null if fine. */
    public String problem(String typed) {
        String name = Names.normalize(typed);
        if (name.isEmpty()) {
            return missing;
        }
        if (Names.length(name) > maxLength) {
            return "Use at most " + maxLength + " characters.";
        }
        return Names.problem(name);
    }

    /** The name to store, or null when {@link #problem} has something to say. */
    public String clean(String typed) {
        return problem(typed) == null ? Names.normalize(typed) : null;
    }
}
