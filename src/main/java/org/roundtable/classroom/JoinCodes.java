package org.roundtable.classroom;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Join and return codes. The alphabet leaves out 0/O, 1/I/L so a code read off a
 * projector or a printed sheet is typed right the first time.
 */
public final class JoinCodes {

    public static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public static final int JOIN_CODE_LENGTH = 6;
    public static final int RETURN_CODE_LENGTH = 8;

    private static final SecureRandom RANDOM = new SecureRandom();

    private JoinCodes() {
    }

    public static String newJoinCode() {
        return random(JOIN_CODE_LENGTH);
    }

    /** A class code nobody uses yet. */
    public static String newUniqueJoinCode() {
        String code;
        do {
            code = newJoinCode();
        } while (Classroom.findByJoinCode(code) != null);
        return code;
    }

    /** Return codes are shown as two groups of four: {@code ABCD-EFGH}. */
    public static String newReturnCode() {
        String code = random(RETURN_CODE_LENGTH);
        return code.substring(0, 4) + "-" + code.substring(4);
    }

    /** What people type, folded to the stored form: upper case, no spaces or dashes. */
    public static String normalize(String typed) {
        if (typed == null) {
            return "";
        }
        return typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    /** A typed return code in its stored form, {@code ABCD-EFGH}, whatever spaces, dashes or case it came with. */
    public static String formatReturnCode(String typed) {
        String code = normalize(typed);
        return code.length() == RETURN_CODE_LENGTH ? code.substring(0, 4) + "-" + code.substring(4) : code;
    }

    public static boolean isWellFormedJoinCode(String code) {
        return code.length() == JOIN_CODE_LENGTH && code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }

    private static String random(int length) {
        StringBuilder code = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
