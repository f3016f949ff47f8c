package org.roundtable.account;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;

import org.roundtable.language.Messages;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * Teachers' passwords: at least 12 characters, no composition rules (NIST SP 800-63B),
 * at most 72 bytes because bcrypt silently ignores anything longer. Return codes are checked
 * here too, so both have one timing rule: every check runs bcrypt once, against a dummy hash
 * when there is nothing to compare with. Checks run outside any transaction (a request must not
 * hold a database connection while it hashes), and through {@link HashGate}: only as many at once
 * as there are cores, so a flood of guesses cannot take the processor from everyone else, and with
 * only so many waiting, so it cannot take the worker threads either.
 */
public final class Passwords {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_BYTES = 72;

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** bcrypt's cost for a password a person chose: 2^10 rounds, OWASP's floor. */
    static final int PASSWORD_COST = 10;
    /**
     * For a return code: the server draws it, 8 characters of 31, about 40 bits, where a chosen
     * password has far fewer. At 2^8 rounds a stolen hash still takes months of a graphics card to
     * reverse, and a class of thirty joining costs the server a quarter of what it did.
     */
    static final int RETURN_CODE_COST = 8;

    /**
     * Checked against when the username or the name is unknown, so both failures take as long: one
     * for each cost. Hashed at the first check rather than at start-up, which bcrypt would slow.
     */
    private static final class Dummy {

        static final String PASSWORD = BcryptUtil.bcryptHash("not a real password, only for timing", PASSWORD_COST);
    }

    private static final class DummyCode {

        static final String HASH = BcryptUtil.bcryptHash("NOTA-CODE", RETURN_CODE_COST);
    }

    static final HashGate GATE = HashGate.forThisServer();

    /**
     * Too many passwords are being checked at once to wait for one more: the request is answered
     * now, with the form as typed where there is one, to be sent again after {@link #retryAfter}.
     */
    public static final class Busy extends RuntimeException {

        private final transient Duration retryAfter;

        Busy(Duration retryAfter) {
            super("Too many passwords waiting to be checked", null, false, false);
            this.retryAfter = retryAfter;
        }

        public Duration retryAfter() {
            return retryAfter;
        }

        /** A 503 answer that tells the client when to try again. */
        public Response.ResponseBuilder answer() {
            return Response.status(503).header(HttpHeaders.RETRY_AFTER, Throttle.seconds(retryAfter));
        }

        /** What a form shown again says: press the button again in a moment. */
        public String inWords() {
            return Messages.now(AccountMsg.class).busy(Throttle.inWords(retryAfter));
        }
    }

    /** A request's place in bcrypt's queue, held through a form that checks or makes a password. */
    public interface Turn extends AutoCloseable {

        @Override
        void close();
    }

    private Passwords() {
    }

    /**
     * Takes this request's place in bcrypt's queue before its first step, so that a request the
     * queue cannot take is refused before it does any work: throws {@link Busy} now when full.
     */
    public static Turn turn() {
        return GATE.enter();
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
        return GATE.run(() -> BcryptUtil.bcryptHash(password, PASSWORD_COST));
    }

    public static String hashReturnCode(String code) {
        return GATE.run(() -> BcryptUtil.bcryptHash(code, RETURN_CODE_COST));
    }

    /** For the one background thread that hashes new return codes: waits for a running place, never refused. */
    public static String hashInBackground(String code) {
        requireNoTransaction();
        return GATE.queued(() -> BcryptUtil.bcryptHash(code, RETURN_CODE_COST));
    }

    /**
     * Whether the password matches the hash; with a null hash (no such account), a dummy hash is
     * checked instead, so the answer takes as long either way.
     */
    public static boolean matches(String password, String hash) {
        return matches(password, hash, hash == null ? Dummy.PASSWORD : hash);
    }

    /** {@link #matches} for a return code: with a null hash (no such student), the dummy has a code's cost. */
    public static boolean matchesReturnCode(String code, String hash) {
        return matches(code, hash, hash == null ? DummyCode.HASH : hash);
    }

    private static boolean matches(String secret, String hash, String checkedAgainst) {
        requireNoTransaction();
        boolean tooLong = secret == null || secret.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES;
        String checked = tooLong ? "" : secret;
        boolean matches = GATE.run(() -> BcryptUtil.matches(checked, checkedAgainst));
        return matches && hash != null && !tooLong;
    }

    private static void requireNoTransaction() {
        if (QuarkusTransaction.isActive()) {
            throw new IllegalStateException("bcrypt runs outside transactions: it would hold a connection");
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
