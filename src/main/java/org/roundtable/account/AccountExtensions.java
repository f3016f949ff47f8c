package org.roundtable.account;

import io.quarkus.qute.TemplateExtension;

/** Values templates derive from accounts. */
@TemplateExtension
public class AccountExtensions {

    private AccountExtensions() {
    }

    /** Where the admin page posts an action on this teacher: {@code t.adminAction('disable')}. */
    static String adminAction(Account account, String action) {
        return AdminResource.PATH + "/" + account.id + "/" + action;
    }
}
