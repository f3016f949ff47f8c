package org.roundtable.classroom;

import org.roundtable.account.Viewer;

import jakarta.ws.rs.NotFoundException;

/**
 * Someone who may open a class's own pages: its teacher, or one of its students (perhaps still
 * waiting to be let in). The check the class pages start with: 404 for an unknown class, 403
 * for anyone else. The teacher's case is decided first, so it costs no enrollment query.
 */
public record ClassMember(Classroom classroom, Enrollment enrollment, boolean teacher) {

    public static ClassMember load(long classId, Viewer viewer) {
        Classroom classroom = Classroom.findById(classId);
        if (classroom == null) {
            throw new NotFoundException();
        }
        boolean teacher = viewer != null && viewer.isTeacher() && classroom.isTaughtBy(viewer.accountId());
        Enrollment enrollment = teacher || viewer == null ? null : Enrollment.findFor(classId, viewer.accountId());
        if (!teacher && enrollment == null) {
            throw NotInClass.refuse(viewer);
        }
        return new ClassMember(classroom, enrollment, teacher);
    }

    /** A student the teacher has not let in yet: they see nothing of the class's work. */
    public boolean waiting() {
        return !teacher && enrollment.isWaiting();
    }
}
