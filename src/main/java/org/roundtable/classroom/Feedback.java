package org.roundtable.classroom;

import java.time.Instant;
import java.util.List;

import org.roundtable.account.Account;
import org.roundtable.account.AccountRecord;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

/** A teacher's private comment and optional score for one student on one assignment. */
@Entity
public class Feedback extends AccountRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Assignment assignment;

    public String comment;

    public String score;

    public Instant updatedAt;

    protected Feedback() {
    }

    /** First given at {@code now}; {@link AccountRecord#createdAt} keeps that moment through later changes. */
    private Feedback(Assignment assignment, Account student, Instant now) {
        super(student, now);
        this.assignment = assignment;
    }

    /**
     * Stores what the teacher wrote for a student on an assignment; empty comment and score
     * together take the feedback away. Returns the stored feedback, or null when there is none.
     */
    public static Feedback save(Assignment assignment, Account student, String comment, String score, Instant now) {
        Feedback feedback = find(assignment.id, student.id);
        if (comment.isEmpty() && score.isEmpty()) {
            if (feedback != null) {
                feedback.delete();
            }
            return null;
        }
        if (feedback == null) {
            feedback = new Feedback(assignment, student, now);
        }
        feedback.comment = comment.isEmpty() ? null : comment;
        feedback.score = score.isEmpty() ? null : score;
        feedback.updatedAt = now;
        feedback.persist();
        return feedback;
    }

    public static Feedback find(long assignmentId, long accountId) {
        return find("assignment.id = ?1 and account.id = ?2", assignmentId, accountId).firstResult();
    }

    /** Everything one student has received in one class. */
    public static List<Feedback> listFor(long classroomId, long accountId) {
        return list("assignment.classroom.id = ?1 and account.id = ?2", classroomId, accountId);
    }

    public static List<Feedback> listForClass(long classroomId) {
        return list("assignment.classroom.id = ?1", classroomId);
    }

    /** Removes everything one student has received in one class (the student leaves it). */
    public static void deleteAllFor(long classroomId, long accountId) {
        delete("account.id = ?1 and assignment.id in (select a.id from Assignment a where a.classroom.id = ?2)",
                accountId, classroomId);
    }
}
