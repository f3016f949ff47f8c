package org.roundtable.account;

import org.roundtable.account.DeviceCookie.Device;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * What a page that signs in, joins a class or changes an account needs before it does its own work: who is asking,
 * the sessions it ends and starts (and their clock), the browser's device and the throttle that slows guessing. One
 * bean, like the class pages' {@code ClassPages}, so each such page takes it instead of four beans one by one.
 */
@RequestScoped
public class AccountPages {

    private final SecurityIdentity identity;
    private final Sessions sessions;
    private final DeviceCookie devices;
    private final Throttle throttle;

    AccountPages(SecurityIdentity identity, Sessions sessions, DeviceCookie devices, Throttle throttle) {
        this.identity = identity;
        this.sessions = sessions;
        this.devices = devices;
        this.throttle = throttle;
    }

    /** The signed-in person, or null for an anonymous request. */
    public Viewer viewer() {
        return Viewer.of(identity);
    }

    public Sessions sessions() {
        return sessions;
    }

    /** The browser's device as its cookie names it, or a new one to remember. */
    public Device device(HttpHeaders headers) {
        return devices.of(headers);
    }

    public Throttle throttle() {
        return throttle;
    }
}
