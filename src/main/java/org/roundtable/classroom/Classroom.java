package org.roundtable.classroom;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.roundtable.StoredEntity;
import org.roundtable.account.Account;
import org.roundtable.language.Messages;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

/** A class: a teacher, a roster joined with a code, and the rules its discussions follow. */
@Entity
public class Classroom extends StoredEntity {

    public String name;

    public String joinCode;

    @ManyToOne(fetch = FetchType.LAZY)
    public Account teacher;

    /** Students see classmates' answers to a question only after answering it themselves. */
    public boolean postFirst = true;

    /** New posts wait for the teacher's approval. */
    public boolean preModeration;

    /** Classmates see pseudonyms; the teacher always sees real names. */
    public boolean anonymous;

    public int editWindowMinutes = 30;

    public int slowModeSeconds;

    public boolean archived;

    /** New students can join with the code; the teacher closes joining once the class is complete. */
    public boolean joiningOpen = true;

    /** New students wait on the roster until the teacher approves them. */
    public boolean approvalRequired;

    public Instant createdAt;

    protected Classroom() {
    }

    private Classroom(String name, String joinCode, Account teacher, int slowModeSeconds, Instant createdAt) {
        this.name = name;
        this.joinCode = joinCode;
        this.teacher = teacher;
        this.slowModeSeconds = slowModeSeconds;
        this.createdAt = createdAt;
    }

    public static Classroom create(String name, String joinCode, Account teacher, int slowModeSeconds,
            Instant now) {
        return persisted(new Classroom(name, joinCode, teacher, slowModeSeconds, now));
    }

    public static Classroom findByJoinCode(String code) {
        return find("joinCode", code).firstResult();
    }

    public static List<Classroom> listByName(String name) {
        return list("name = ?1 order by id", name);
    }

    public static List<Classroom> listTaughtBy(long teacherId) {
        return list("teacher.id = ?1 order by archived, lower(name), id", teacherId);
    }

    public Duration editWindow() {
        return Duration.ofMinutes(editWindowMinutes);
    }

    /** Why nobody can join now, in words for a student; null when joining is possible. */
    public String joiningClosedReason() {
        if (archived) {
            return Messages.now(ClassroomMsg.class).archivedClass();
        }
        if (!joiningOpen) {
            return Messages.now(ClassroomMsg.class).joiningClosed();
        }
        return null;
    }

    public boolean isTaughtBy(long accountId) {
        return teacher != null && teacher.id == accountId;
    }
}
