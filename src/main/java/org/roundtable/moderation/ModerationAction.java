package org.roundtable.moderation;

import java.time.Instant;
import java.util.List;

import org.roundtable.StoredEntity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One line of a class's audit log: who did what, when and why. Never edited. */
@Entity
public class ModerationAction extends StoredEntity {

    public enum Kind {

        APPROVE("Approved a post"), HIDE("Hid a post"), RESTORE("Restored a post"), REMOVE("Removed a post"), ENDORSE(
                "Marked a teacher's pick"), UNENDORSE("Unmarked a teacher's pick"), LOCK("Locked a discussion"), UNLOCK(
                        "Unlocked a discussion"), MUTE("Paused a student's posting"), UNMUTE(
                                "Let a student post again"), REMOVE_STUDENT(
                                        "Removed a student"), RESET_RETURN_CODE(
                                                "Gave a student a new return code"), EDIT_ASSIGNMENT(
                                                        "Changed an assignment"), ADD_QUESTION(
                                                                "Assigned a question"), WITHDRAW_QUESTION(
                                                                        "Took a question away"), RESTORE_QUESTION(
                                                                                "Brought a question back"), EDIT_ARTICLE(
                                                                                        "Changed the article");

        public final String label;

        Kind(String label) {
            this.label = label;
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
