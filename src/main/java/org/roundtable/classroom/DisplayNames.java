package org.roundtable.classroom;

import org.roundtable.account.Names;

/**
 * Display names as students type them: 1 to 40 characters under the one name rule
 * ({@link Names}): white space folded, no invisible characters, letters from one alphabet.
 * Two names in a class may not look alike ({@link Enrollment#nameKey}).
 */
public final class DisplayNames {

    public static final int MAX_LENGTH = 40;

    /** Said when the name looks like a classmate's, whatever the reason (case, look-alike letters). */
    public static final String TAKEN = "That name looks too much like a classmate's. Add an initial or choose "
            + "another.";

    private DisplayNames() {
    }

    /** The name to store, or null when {@link #problem} has something to say. */
    public static String clean(String typed) {
        return problem(typed) == null ? normalize(typed) : null;
    }

    /** What is wrong with the name, in words for the person who typed it; null if fine. */
    public static String problem(String typed) {
        String name = normalize(typed);
        if (name.isEmpty()) {
            return "Enter a display name.";
        }
        if (Names.length(name) > MAX_LENGTH) {
            return "Use at most " + MAX_LENGTH + " characters.";
        }
        return Names.problem(name);
    }

    public static String normalize(String typed) {
        return Names.normalize(typed);
    }
}
