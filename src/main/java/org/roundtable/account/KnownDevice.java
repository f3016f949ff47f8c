package org.roundtable.account;

import java.time.Instant;

import jakarta.persistence.Entity;

/** A browser an account has signed in from, by the hash of its device cookie. */
@Entity
public class KnownDevice extends AccountRecord {

    public String deviceHash;

    public static boolean isKnown(long accountId, String deviceHash) {
        return count("account.id = ?1 and deviceHash = ?2", accountId, deviceHash) > 0;
    }

    /** Remembers the browser for the account, once. */
    public static void remember(Account account, String deviceHash, Instant now) {
        if (!isKnown(account.id, deviceHash)) {
            KnownDevice device = new KnownDevice();
            device.account = account;
            device.deviceHash = deviceHash;
            device.createdAt = now;
            device.persist();
        }
    }
}
