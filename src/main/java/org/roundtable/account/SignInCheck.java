package org.roundtable.account;

import java.util.Locale;

/**
 * What a sign-in needs from the database, read in a short transaction of its own before the
 * password is checked (which happens outside any transaction). A disabled account has no hash
 * here: the dummy one is checked instead, so its password never matches and takes as long.
 */
record SignInCheck(Long accountId, String hash, boolean mustChangePassword, boolean knownDevice) {

    /** Longer than any username can be; longer input is treated as unknown without a query. */
    private static final int MAX_USERNAME_LENGTH = 64;

    /** The teacher these details would sign in, or a check with no hash (the dummy hash is used). */
    static SignInCheck of(String username, String deviceKey) {
        Account account = username.length() <= MAX_USERNAME_LENGTH ? Account.findByUsername(username) : null;
        if (account == null || !account.isTeacher()) {
            return new SignInCheck(null, null, false, false);
        }
        return new SignInCheck(account.id, account.disabled ? null : account.passwordHash, account.mustChangePassword,
                KnownDevice.isKnown(account.id, deviceKey));
    }

    /**
     * The limits this attempt counts under. From a browser the account has signed in from, only
     * that browser's own mistakes count; from anywhere else, all of them together, per account and
     * per address: guessing elsewhere can lock out new browsers, never the teacher's own.
     */
    Throttle.Key[] limits(String username, String deviceKey, String address) {
        String account = username.toLowerCase(Locale.ROOT);
        if (knownDevice) {
            return new Throttle.Key[] { Throttle.key(Throttle.SIGN_IN_KNOWN_DEVICE, account + ":" + deviceKey) };
        }
        return new Throttle.Key[] { Throttle.key(Throttle.SIGN_IN_ACCOUNT, account),
                Throttle.key(Throttle.SIGN_IN_ADDRESS, address) };
    }
}
