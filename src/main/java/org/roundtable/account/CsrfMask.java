package org.roundtable.account;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A CSRF token as a page carries it: a fresh random pad, then the token XOR that pad
 * (base64url). Every answer spells the same token differently, so a compressed page that also
 * echoes what an attacker typed gives nothing away about it (BREACH guesses a secret byte by
 * byte from how well it compresses against the guess; a secret that is new on every answer has
 * no bytes to guess). Unmasking gives the token back for the comparison.
 */
public final class CsrfMask {

    private static final SecureRandom RANDOM = new SecureRandom();

    private CsrfMask() {
    }

    /** The token (base64url) masked with a new pad; empty for no token. */
    public static String mask(String token) {
        byte[] raw = decode(token);
        if (raw == null || raw.length == 0) {
            return "";
        }
        byte[] masked = new byte[raw.length * 2];
        byte[] pad = new byte[raw.length];
        RANDOM.nextBytes(pad);
        for (int i = 0; i < raw.length; i++) {
            masked[i] = pad[i];
            masked[raw.length + i] = (byte) (pad[i] ^ raw[i]);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(masked);
    }

    /** The token a masked value stands for, or null when it is not a masked token at all. */
    public static String unmask(String masked) {
        byte[] both = decode(masked);
        if (both == null || both.length == 0 || both.length % 2 != 0) {
            return null;
        }
        int half = both.length / 2;
        byte[] raw = new byte[half];
        for (int i = 0; i < half; i++) {
            raw[i] = (byte) (both[i] ^ both[half + i]);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    /** Whether a form's masked value stands for this token, in time that does not depend on where they differ. */
    public static boolean standsFor(String masked, String token) {
        byte[] expected = decode(token);
        byte[] given = decode(unmask(masked));
        return expected != null && given != null && expected.length > 0 && MessageDigest.isEqual(expected, given);
    }

    private static byte[] decode(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Base64.getUrlDecoder().decode(value);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }
}
