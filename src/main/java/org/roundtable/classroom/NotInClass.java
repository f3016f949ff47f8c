package org.roundtable.classroom;

import org.roundtable.account.Viewer;

import jakarta.ws.rs.ForbiddenException;

/**
 * A class page opened by someone with no place in the class who is no teacher: a student signed in
 * to another class, or removed from this one. They are shown the students' way back in (join
 * again, or come back with a return code) instead of the plain 403 page.
 */
public class NotInClass extends ForbiddenException {

    private static final long serialVersionUID = 1L;

    /** Refuses a viewer outside the class: the students' way back for a student, the 403 page for a teacher. */
    public static ForbiddenException refuse(Viewer viewer) {
        return viewer != null && viewer.isTeacher() ? new ForbiddenException() : new NotInClass();
    }
}
