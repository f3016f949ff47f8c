package org.roundtable.account;

import java.time.Clock;
import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * The first admin, username {@code admin}, created once. Its password comes from
 * ROUNDTABLE_ADMIN_PASSWORD (never logged), or is generated, printed once and must be
 * changed at the first sign-in.
 */
@ApplicationScoped
public class AdminBootstrap {

    public static final String ADMIN_USERNAME = "admin";

    private final Clock clock;
    private final Optional<String> adminPassword;

    AdminBootstrap(Clock clock, @ConfigProperty(name = "roundtable.admin-password") Optional<String> adminPassword) {
        this.clock = clock;
        this.adminPassword = adminPassword;
    }

    /** Returns the admin account, creating it on a fresh database. */
    @Transactional
    public Account ensureAdmin() {
        Account admin = Account.findByUsername(ADMIN_USERNAME);
        if (admin == null) {
            String password = adminPassword.filter(p -> !p.isBlank()).orElse(null);
            if (password != null && Passwords.problem(password) != null) {
                throw new IllegalStateException("ROUNDTABLE_ADMIN_PASSWORD is not acceptable: "
                        + Passwords.problem(password));
            }
            boolean generated = password == null;
            if (generated) {
                password = Passwords.generate();
            }
            admin = Account.newTeacher(ADMIN_USERNAME, "Administrator", password, true, clock.instant());
            if (generated) {
                // The log keeps what it prints, so a printed password is a one-time password.
                admin.mustChangePassword = true;
                Log.infof("Created the admin account. Sign in at /signin as '%s' with the one-time password: %s "
                        + "(shown only this once; you will choose your own when you sign in)", ADMIN_USERNAME,
                        password);
            } else {
                Log.infof("Created the admin account '%s' with the password from ROUNDTABLE_ADMIN_PASSWORD",
                        ADMIN_USERNAME);
            }
        }
        return admin;
    }
}
