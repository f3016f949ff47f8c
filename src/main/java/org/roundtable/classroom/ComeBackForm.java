package org.roundtable.classroom;

import org.jboss.resteasy.reactive.RestForm;
import org.roundtable.account.Passwords;
import org.roundtable.language.Messages;

/** The come-back form as submitted: class code, display name and the personal return code. */
public class ComeBackForm extends ClassCodeForm {

    /** One message whichever part is wrong, so the form does not confirm who is in a class. */
    static String noMatch() {
        return Messages.now(ClassroomMsg.class).noMatch();
    }

    @RestForm
    public String returnCode;

    /**
     * One bcrypt check whether or not anyone has the name (a dummy hash then, and also while a
     * new code still waits for its hash), so timing tells nothing.
     */
    boolean matches(Enrollment named, ReturnCodeHashing hashing) {
        String typed = JoinCodes.formatReturnCode(returnCode);
        boolean hashed = Passwords.matchesReturnCode(typed, named == null ? null : named.returnCodeHash);
        return hashed || hashing.matchesWaiting(named, typed);
    }
}
