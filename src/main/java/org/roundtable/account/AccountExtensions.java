package org.roundtable.account;

import org.roundtable.language.Messages;

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
        AccountMsg words = Messages.now(AccountMsg.class);
        if (account.disabled) {
            return words.statusDisabled();
        }
        return account.mustChangePassword ? words.statusOneTime() : words.statusActive();
    }
}
