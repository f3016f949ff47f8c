package org.roundtable.classroom;

import jakarta.ws.rs.ForbiddenException;

/**
 * A class page opened by a student the teacher has not let in yet, from a link shared in class.
 * They are sent to the class home, which shows them the waiting page, instead of the plain 403
 * page; the class home itself shows that page without this exception, so there is no loop.
 */
public class StillWaiting extends ForbiddenException {

    private static final long serialVersionUID = 1L;

    private final String home;

    public StillWaiting(Classroom classroom) {
        this.home = ClassroomPaths.studentHome(classroom);
    }

    /** Where the waiting page is: the class home. */
    public String home() {
        return home;
    }
}
