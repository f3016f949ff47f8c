package org.roundtable.classroom;

import java.time.Instant;
import java.util.List;

import org.roundtable.account.Account;
import org.roundtable.account.Names;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.ManyToOne;

/** A student's place in a class: their name there, their pseudonym and their return code. */
@Entity
public class Enrollment extends ClassroomRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Account account;

    public String displayName;

    /** {@link Names#key} of the display name: no two names in a class look alike. */
    public String nameKey;

    public String pseudonym;

    public String returnCodeHash;

    public Instant joinedAt;

    public Instant lastActiveAt;

    public Instant mutedUntil;

    /** False while the student waits for the teacher to let them in: they see nothing of the class. */
    public boolean approved = true;

    protected Enrollment() {
    }

    private Enrollment(Classroom classroom, Account account, String displayName, String returnCodeHash, Instant now) {
        super(classroom);
        this.account = account;
        this.displayName = displayName;
        nameKey = nameKey(displayName);
        pseudonym = Pseudonyms.pick(classroom);
        this.returnCodeHash = returnCodeHash;
        joinedAt = now;
        lastActiveAt = now;
        approved = !classroom.approvalRequired;
    }

    /** A new place in the class; in a class with approval on, it waits for the teacher. */
    public static Enrollment create(Classroom classroom, Account account, String displayName, String returnCodeHash,
            Instant now) {
        return persisted(new Enrollment(classroom, account, displayName, returnCodeHash, now));
    }

    /** The comparison for names in a class, for joining and coming back alike: see {@link Names#key}. */
    public static String nameKey(String displayName) {
        return Names.key(displayName);
    }

    /** The student whose name looks like this one (as typed: case, white space and look-alikes do not count). */
    public static Enrollment findByName(Classroom classroom, String displayName) {
        return find("classroom = ?1 and nameKey = ?2", classroom, nameKey(displayName)).firstResult();
    }

    public static Enrollment findFor(long classroomId, long accountId) {
        return find("classroom.id = ?1 and account.id = ?2", classroomId, accountId).firstResult();
    }

    /** Locks the row for the rest of the transaction: one student's posts are saved one at a time. */
    public static Enrollment lockFor(long classroomId, long accountId) {
        return find("classroom.id = ?1 and account.id = ?2", classroomId, accountId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    public static List<Enrollment> listForAccount(long accountId) {
        return list("from Enrollment e join fetch e.classroom where e.account.id = ?1 order by e.joinedAt", accountId);
    }

    /** The class's students for the roster: those waiting for approval first, then by name. */
    public static List<Enrollment> listForRoster(long classroomId) {
        return list("classroom.id = ?1 order by approved, lower(displayName)", classroomId);
    }

    /** The pseudonym as the reader's language says it ("Amber Heron", «Бурштинова Чапля»). */
    public String spokenPseudonym() {
        return Pseudonyms.spoken(pseudonym);
    }

    public static boolean pseudonymTaken(Classroom classroom, String pseudonym) {
        return count("classroom = ?1 and pseudonym = ?2", classroom, pseudonym) > 0;
    }

    public boolean isWaiting() {
        return !approved;
    }

    /** The teacher lets a waiting student in. */
    public void approve() {
        approved = true;
    }

    public static long countWaiting(long classroomId) {
        return count("classroom.id = ?1 and approved = false", classroomId);
    }

    public boolean isMuted(Instant now) {
        return mutedUntil != null && mutedUntil.isAfter(now);
    }
}
