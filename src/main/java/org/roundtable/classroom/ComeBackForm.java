package org.roundtable.classroom;

import org.jboss.resteasy.reactive.RestForm;
import org.roundtable.account.Passwords;

/** The come-back form as submitted: class code, display name and the personal return code. */
public class ComeBackForm {

    /** One message whichever part is wrong, so the form does not confirm who is in a class. */
    static final String NO_MATCH = "Those details do not match. Check your display name exactly as you "
            + "joined and your return code, or ask your teacher for a new return code.";

    @RestForm
    public String code;

    @RestForm
    public String name;

    @RestForm
    public String returnCode;

    public String typedCode() {
        return code == null ? "" : code;
    }

    /** As typed: a name stored before today's rules may not pass them, and still finds its student. */
    public String typedName() {
        return name == null ? "" : name;
    }

    /** One bcrypt check whether or not anyone has the name (a dummy hash then), so timing tells nothing. */
    boolean matches(Enrollment named) {
        return Passwords.matches(JoinCodes.formatReturnCode(returnCode), named == null ? null : named.returnCodeHash);
    }
}
