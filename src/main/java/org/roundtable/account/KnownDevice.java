package org.roundtable.account;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A browser an account has signed in from, by the hash of its device cookie. */
@Entity
@Table(name = "known_device")
public class KnownDevice extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    public Account account;

    @Column(name = "device_hash")
    public String deviceHash;

    @Column(name = "created_at")
    public Instant createdAt;

    public static boolean isKnown(long accountId, String deviceHash) {
        return count("account.id = ?1 and deviceHash = ?2", accountId, deviceHash) > 0;
    }

    /** Remembers the browser for the account, once. */
    public static void remember(Account account, String deviceHash) {
        if (!isKnown(account.id, deviceHash)) {
            KnownDevice device = new KnownDevice();
            device.account = account;
            device.deviceHash = deviceHash;
            device.createdAt = Instant.now();
            device.persist();
        }
    }
}
