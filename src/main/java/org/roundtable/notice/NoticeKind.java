package org.roundtable.notice;

import org.roundtable.language.Messages;

/**
 * What a notice tells, stored as its name. The wording is in the news bundle (NoticeMsg); the name of whoever
 * did it, the question and the reason are read from what the notice points to when it is shown.
 */
public enum NoticeKind {

    /** A reply to the reader's post; named by the replier as the reader sees them. */
    REPLY,
    /** The teacher made the reader's post a teacher's pick. */
    PICKED,
    /** The teacher left the reader feedback on an assignment. */
    FEEDBACK,
    /** The teacher approved the reader's waiting post (or edit). */
    APPROVED,
    /** The teacher hid the reader's post, with a reason the reader sees. */
    HIDDEN,
    /** The teacher removed the reader's post, with a reason the reader sees. */
    REMOVED,
    /** A new assignment in the reader's class. */
    ASSIGNMENT,
    /** The teacher posted an announcement to the class. */
    ANNOUNCEMENT,
    /** For the teacher: a post waits for approval; named by its author. */
    WAITING,
    /** For the teacher: a student flagged a post (the flagger is never named). */
    FLAGGED;

    /** The sentence, or what follows the name when {@link #named}, in the reader's language. */
    public String phrase() {
        NoticeMsg words = Messages.now(NoticeMsg.class);
        return switch (this) {
            case REPLY -> words.reply();
            case PICKED -> words.picked();
            case FEEDBACK -> words.feedback();
            case APPROVED -> words.approved();
            case HIDDEN -> words.hidden();
            case REMOVED -> words.removed();
            case ASSIGNMENT -> words.assignment();
            case ANNOUNCEMENT -> words.announcement();
            case WAITING -> words.waiting();
            case FLAGGED -> words.flagged();
        };
    }

    /**
     * The sentence starts with the name of whoever wrote the post, as the reader sees it: decided beside
     * {@link #givesReason}, the other thing a sentence takes from the post, and in the same way.
     */
    public boolean named() {
        return this == REPLY || this == WAITING;
    }

    /** Tells the reason the teacher gave, as the author of the post reads it. */
    public boolean givesReason() {
        return this == HIDDEN || this == REMOVED;
    }

    /** The enum literal as HQL reads it. */
    String hql() {
        return NoticeKind.class.getName() + "." + name();
    }
}
