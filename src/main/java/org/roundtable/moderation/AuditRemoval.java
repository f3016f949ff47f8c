package org.roundtable.moderation;

import org.roundtable.classroom.ClassDeleting;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** The audit log forgets in bulk: a deleted class's whole log, or a removed student's name. */
@ApplicationScoped
public class AuditRemoval {

    void classDeleting(@Observes @Priority(ClassDeleting.REFERRING_TO_POSTS) ClassDeleting deleting) {
        ModerationAction.delete("classroomId", deleting.classId());
    }

    /** The student's name and account leave the class's log; the actions stay. */
    static void forgetStudentIn(long classId, long accountId) {
        ModerationAction.update("targetName = null, targetAccountId = null where classroomId = ?1 "
                + "and targetAccountId = ?2", classId, accountId);
    }

    /** The account is deleted: no class's log may point at it. */
    static void forgetAccount(long accountId) {
        ModerationAction.update("targetAccountId = null where targetAccountId = ?1", accountId);
    }
}
