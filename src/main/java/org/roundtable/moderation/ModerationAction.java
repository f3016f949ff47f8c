package org.roundtable.moderation;

import java.time.Instant;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of a class's audit log: who did what, when and why. Never edited. */
@Entity
@Table(name = "moderation_action")
public class ModerationAction extends PanacheEntityBase {

    public enum Kind {
        APPROVE("Approved a post"), HIDE("Hid a post"), RESTORE("Restored a post"), REMOVE("Removed a post"),
        ENDORSE("Marked a teacher's pick"), UNENDORSE("Unmarked a teacher's pick"),
        LOCK("Locked a discussion"), UNLOCK("Unlocked a discussion"),
        MUTE("Paused a student's posting"), UNMUTE("Let a student post again"),
        REMOVE_STUDENT("Removed a student"), RESET_RETURN_CODE("Gave a student a new return code");

        public final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "classroom_id")
    public Long classroomId;

    @Column(name = "actor_id")
    public Long actorId;

    @Column(name = "actor_name")
    public String actorName;

    @Enumerated(EnumType.STRING)
    public Kind action;

    @Column(name = "post_id")
    public Long postId;

    @Column(name = "discussion_id")
    public Long discussionId;

    @Column(name = "target_account_id")
    public Long targetAccountId;

    @Column(name = "target_name")
    public String targetName;

    public String reason;

    @Column(name = "created_at")
    public Instant createdAt;

    public static List<ModerationAction> listFor(long classroomId) {
        return list("classroomId = ?1 order by createdAt desc, id desc", classroomId);
    }
}
