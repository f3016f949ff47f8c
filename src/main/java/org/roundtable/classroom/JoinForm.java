package org.roundtable.classroom;

import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;
import org.roundtable.account.Viewer;

/** The join form as submitted: class code, display name and, once asked, who is joining. */
public class JoinForm extends ClassCodeForm {

    /** {@code joinAs} on the "you are signed in as…" question: add the class to that account. */
    static final String AS_CURRENT = "current";
    /** {@code joinAs}: sign whoever is signed in out first, and join as a new student. */
    static final String AS_NEW = "new";

    @RestForm
    public String joinAs;

    /** The display name under today's rules, or null when it breaks them. */
    public String displayName() {
        return DisplayNames.clean(name);
    }

    /** Adds what stops this name joining the class behind the code, after the code's own problems. */
    void validate(JoinTarget target, Map<String, String> errors) {
        if (displayName() == null) {
            errors.put("name", DisplayNames.problem(name));
        }
        Classroom classroom = target.classroom();
        if (classroom != null && classroom.joiningClosedReason() != null) {
            errors.put("code", classroom.joiningClosedReason());
        } else if (target.nameTaken()) {
            errors.put("name", DisplayNames.taken());
        }
    }

    /** Joining as a new student: nobody is signed in, or they chose to sign out first. */
    boolean asNew(Viewer viewer) {
        return viewer == null || AS_NEW.equals(joinAs);
    }

    /** A shared computer: whoever is signed in may not be the one joining, so ask first. */
    boolean mustAsk(Viewer viewer, JoinTarget target) {
        return !asNew(viewer) && !(target.canJoinAs(viewer) && AS_CURRENT.equals(joinAs));
    }
}
