package org.roundtable.classroom;

import org.roundtable.account.Viewer;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;

/**
 * The one check every teacher route starts with: the class exists (404 otherwise) and
 * the signed-in teacher owns it (403 otherwise). Admins get no exception: their role is
 * accounts, not other teachers' classes.
 */
public final class OwnedClass {

    private OwnedClass() {
    }

    public static Classroom load(long classId, Viewer viewer) {
        Classroom classroom = Classroom.findById(classId);
        if (classroom == null) {
            throw new NotFoundException();
        }
        if (viewer == null || !viewer.isTeacher() || !classroom.isTaughtBy(viewer.accountId())) {
            throw new ForbiddenException();
        }
        return classroom;
    }

    /** A student of the class, or 404. */
    public static Enrollment student(Classroom classroom, long accountId) {
        Enrollment enrollment = Enrollment.findFor(classroom.id, accountId);
        if (enrollment == null) {
            throw new NotFoundException();
        }
        return enrollment;
    }

    /** A discussion of the class, or 404. */
    public static Discussion discussion(Classroom classroom, long discussionId) {
        return inClass(classroom, Discussion.<Discussion>findById(discussionId));
    }

    /** An assignment of the class, or 404. */
    public static Assignment assignment(Classroom classroom, long assignmentId) {
        return inClass(classroom, Assignment.<Assignment>findById(assignmentId));
    }

    /** The row if it is the class's, else 404: an id from another class says nothing about it. */
    public static <T extends ClassroomRecord> T inClass(Classroom classroom, T row) {
        if (row == null || !row.classroom.id.equals(classroom.id)) {
            throw new NotFoundException();
        }
        return row;
    }
}
