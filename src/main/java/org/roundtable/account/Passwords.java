package org.roundtable.account;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

import io.quarkus.elytron.security.common.BcryptUtil;

/**
 * Teachers' passwords: at least 12 characters, no composition rules (NIST SP 800-63B),
 * at most 72 bytes because bcrypt silently ignores anything longer.
 */
public final class Passwords {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_BYTES = 72;

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * Checked against when the username is unknown, so both failures take as long. Hashed at the
     * first sign-in rather than at start-up, which bcrypt would slow by a tenth of a second.
     */
    private static final class Dummy {
        static final String HASH = BcryptUtil.bcryptHash("not a real password, only for timing");
    }

    private Passwords() {
    }

    /** What is wrong with a new password, in words; null if it is acceptable. */
    public static String problem(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return "Use at least " + MIN_LENGTH + " characters. A few unrelated words make a strong, memorable password.";
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return "Use at most " + MAX_BYTES + " bytes (about " + MAX_BYTES + " plain letters): longer passwords "
                    + "would be cut short without telling you.";
        }
        return null;
    }

    public static String hash(String password) {
        return BcryptUtil.bcryptHash(password);
    }

    public static boolean matches(String password, String hash) {
        if (password == null || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return false;
        }
        return BcryptUtil.matches(password, hash == null ? Dummy.HASH : hash) && hash != null;
    }

    /** A random password for a new account, to be changed at first sign-in. */
    public static String generate() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                password.append('-');
            }
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
