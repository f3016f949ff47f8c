package org.roundtable.account;

import io.quarkus.qute.TemplateExtension;

/** Values templates derive from accounts. */
@TemplateExtension
public class AccountExtensions {

    private AccountExtensions() {
    }

    /** Where the admin page posts an action on this teacher: {@code t.adminAction('disable')}. */
    static String adminAction(Account account, String action) {
        return AccountPaths.teacherAction(account, action);
    }

    /** The teacher's state as the admin's list words it. */
    static String statusLabel(Account account) {
        if (account.disabled) {
            return "Disabled";
        }
        return account.mustChangePassword ? "Has a one-time password" : "Active";
    }
}
