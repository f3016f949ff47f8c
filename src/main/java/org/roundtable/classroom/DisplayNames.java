package org.roundtable.classroom;

import org.roundtable.account.NameKind;
import org.roundtable.account.Names;
import org.roundtable.language.Messages;

/**
 * Display names as students type them, under the one name rule ({@link NameKind#STUDENT}): white space folded,
 * no invisible characters, letters from one alphabet, at most 40 characters. Two names in a class may not look
 * alike ({@link Enrollment#nameKey}).
 */
public final class DisplayNames {

    public static final int MAX_LENGTH = NameKind.STUDENT.maxLength;

    /** Said when the name looks like a classmate's, whatever the reason (case, look-alike letters). */
    public static String taken() {
        return Messages.now(ClassroomMsg.class).nameTaken();
    }

    private DisplayNames() {
    }

    /** The name to store, or null when {@link #problem} has something to say. */
    public static String clean(String typed) {
        return NameKind.STUDENT.clean(typed);
    }

    /** What is wrong with the name, in words for the person who typed it; null if fine. */
    public static String problem(String typed) {
        return NameKind.STUDENT.problem(typed);
    }

    public static String normalize(String typed) {
        return Names.normalize(typed);
    }
}
