package org.roundtable.account;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import org.roundtable.language.Messages;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Teachers' passwords: at least 12 characters, no composition rules (NIST SP 800-63B),
 * at most 72 bytes because bcrypt silently ignores anything longer. Return codes are checked
 * here too, so both have one timing rule: every check runs bcrypt once, against a dummy hash
 * when there is nothing to compare with. Checks run outside any transaction (a request must not
 * hold a database connection while it hashes), and only as many at once as there are cores,
 * so a flood of guesses cannot take the processor from everyone else.
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

    private static final Semaphore HASHING = new Semaphore(Math.max(2, Runtime.getRuntime().availableProcessors()),
            true);

    private Passwords() {
    }

    /** What is wrong with a new password, in words; null if it is acceptable. */
    public static String problem(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Messages.now(AccountMsg.class).passwordTooShort(MIN_LENGTH);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Messages.now(AccountMsg.class).passwordTooLong(MAX_BYTES);
        }
        return null;
    }

    public static String hash(String password) {
        return bounded(() -> BcryptUtil.bcryptHash(password));
    }

    /**
     * Whether the secret matches the hash; with a null hash (no such account, no such student),
     * a dummy hash is checked instead, so the answer takes as long either way.
     */
    public static boolean matches(String secret, String hash) {
        if (QuarkusTransaction.isActive()) {
            throw new IllegalStateException(
                    "A password is checked outside transactions: bcrypt would hold a connection");
        }
        boolean tooLong = secret == null || secret.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES;
        String checked = tooLong ? "" : secret;
        boolean matches = bounded(() -> BcryptUtil.matches(checked, hash == null ? Dummy.HASH : hash));
        return matches && hash != null && !tooLong;
    }

    private static <T> T bounded(Supplier<T> work) {
        HASHING.acquireUninterruptibly();
        try {
            return work.get();
        } finally {
            HASHING.release();
        }
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
