package org.roundtable.moderation;

import org.roundtable.account.Account;
import org.roundtable.account.UserSession;
import org.roundtable.account.Viewer;
import org.roundtable.classroom.Classroom;
import org.roundtable.classroom.Enrollment;
import org.roundtable.classroom.Feedback;
import org.roundtable.discussion.PostRemoval;
import org.roundtable.discussion.StanceChange;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * What a teacher changes on the roster, each with its audit row: a new return code for a student, or removing a
 * student from the class. Removing: their sessions end at once and their place in the
 * class goes. With "delete posts", everything they wrote there goes too: posts nobody
 * replied to are deleted; posts holding classmates' replies are emptied into an
 * anonymous placeholder so those replies keep their place. Their flags and feedback go,
 * the audit log forgets their name, and an account left in no class is deleted. Each
 * package below removes its own rows.
 */
@ApplicationScoped
public class RosterChanges {

    private final Moderation moderation;

    RosterChanges(Moderation moderation) {
        this.moderation = moderation;
    }

    /** A new return code (hashed by the caller); whoever held the old one is signed out. */
    public void newReturnCode(Viewer teacher, Classroom classroom, Enrollment student, String hash) {
        student.returnCodeHash = hash;
        UserSession.endAllFor(student.account);
        moderation.student(teacher, classroom, ModerationAction.Kind.RESET_RETURN_CODE, student, null);
    }

    @Transactional
    public void remove(Viewer teacher, Classroom classroom, Enrollment student, boolean deletePosts) {
        long accountId = student.account.id;
        ModerationAction.Kind kind = ModerationAction.Kind.REMOVE_STUDENT;
        PostRemoval.deleteDraftsOf(classroom.id, accountId);
        if (deletePosts) {
            PostRemoval.deleteOrEmptyPostsOf(classroom.id, accountId);
            PostRemoval.deleteFlagsBy(classroom.id, accountId);
            StanceChange.deleteFor(classroom.id, accountId);
            Feedback.deleteAllFor(classroom.id, accountId);
            AuditRemoval.forgetStudentIn(classroom.id, accountId);
            moderation.anonymousStudent(teacher, classroom, kind, "a student and their posts");
        } else {
            moderation.student(teacher, classroom, kind, student, null);
        }
        Account account = student.account;
        student.delete();
        UserSession.endAllFor(account);
        Panache.getEntityManager().flush();
        if (deletePosts && Enrollment.count("account", account) == 0 && account.kind == Account.Kind.STUDENT) {
            AuditRemoval.forgetAccount(account.id);
            account.delete();
        }
    }
}
