package org.roundtable.classroom;

import java.text.Normalizer;

/**
 * Display names as students type them: trimmed, NFC-normalised, 1 to 40 characters,
 * without control characters or the bidirectional overrides that can make a name
 * read differently from what it is.
 */
public final class DisplayNames {

    public static final int MAX_LENGTH = 40;

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
        if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
            return "Use at most " + MAX_LENGTH + " characters.";
        }
        if (name.codePoints().anyMatch(DisplayNames::forbidden)) {
            return "Use letters, numbers, spaces and punctuation only.";
        }
        return null;
    }

    public static String normalize(String typed) {
        if (typed == null) {
            return "";
        }
        return Normalizer.normalize(typed, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    }

    private static boolean forbidden(int c) {
        return Character.getType(c) == Character.CONTROL
                || (c >= 0x202A && c <= 0x202E)   // embeddings and overrides
                || (c >= 0x2066 && c <= 0x2069)   // isolates
                || c == 0x200E || c == 0x200F || c == 0x061C   // directional marks
                || c == 0x200B || c == 0xFEFF;    // invisible spaces that make two names look alike
    }
}
