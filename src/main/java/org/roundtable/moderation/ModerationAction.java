package org.roundtable.moderation;

import java.time.Instant;
import java.util.List;

import org.roundtable.StoredEntity;
import org.roundtable.language.Messages;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One line of a class's audit log: who did what, when and why. Never edited. */
@Entity
public class ModerationAction extends StoredEntity {

    public enum Kind {

        APPROVE, HIDE, RESTORE, REMOVE, ENDORSE, UNENDORSE, LOCK, UNLOCK, MUTE, UNMUTE, REMOVE_STUDENT, RESET_RETURN_CODE, EDIT_ASSIGNMENT, ADD_QUESTION, WITHDRAW_QUESTION, RESTORE_QUESTION, EDIT_ARTICLE;

        /** "Approved a post", in the language being spoken. */
        public String label() {
            ModerationMsg words = Messages.now(ModerationMsg.class);
            return switch (this) {
                case APPROVE -> words.actionApprove();
                case HIDE -> words.actionHide();
                case RESTORE -> words.actionRestore();
                case REMOVE -> words.actionRemove();
                case ENDORSE -> words.actionEndorse();
                case UNENDORSE -> words.actionUnendorse();
                case LOCK -> words.actionLock();
                case UNLOCK -> words.actionUnlock();
                case MUTE -> words.actionMute();
                case UNMUTE -> words.actionUnmute();
                case REMOVE_STUDENT -> words.actionRemoveStudent();
                case RESET_RETURN_CODE -> words.actionResetReturnCode();
                case EDIT_ASSIGNMENT -> words.actionEditAssignment();
                case ADD_QUESTION -> words.actionAddQuestion();
                case WITHDRAW_QUESTION -> words.actionWithdrawQuestion();
                case RESTORE_QUESTION -> words.actionRestoreQuestion();
                case EDIT_ARTICLE -> words.actionEditArticle();
            };
        }
    }

    public Long classroomId;

    public Long actorId;

    public String actorName;

    @Enumerated(EnumType.STRING)
    public Kind action;

    public Long postId;

    public Long discussionId;

    public Long targetAccountId;

    public String targetName;

    public String reason;

    public Instant createdAt;

    public static List<ModerationAction> listFor(long classroomId) {
        return list("classroomId = ?1 order by createdAt desc, id desc", classroomId);
    }
}
