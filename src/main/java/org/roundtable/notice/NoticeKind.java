package org.roundtable.notice;

/**
 * What a notice tells, stored as its name. The wording lives here; the name of whoever did it, the
 * question and the reason are read from what the notice points to when it is shown.
 */
public enum NoticeKind {

    /** A reply to the reader's post; named by the replier as the reader sees them. */
    REPLY("replied to your post"),
    /** The teacher made the reader's post a teacher's pick. */
    PICKED("Your teacher made your post a teacher's pick"),
    /** The teacher left the reader feedback on an assignment. */
    FEEDBACK("Your teacher left you feedback"),
    /** The teacher approved the reader's waiting post (or edit). */
    APPROVED("Your teacher approved your post"),
    /** The teacher hid the reader's post, with a reason the reader sees. */
    HIDDEN("Your teacher hid your post"),
    /** The teacher removed the reader's post, with a reason the reader sees. */
    REMOVED("Your teacher removed your post"),
    /** A new assignment in the reader's class. */
    ASSIGNMENT("New assignment"),
    /** The teacher posted an announcement to the class. */
    ANNOUNCEMENT("Your teacher posted an announcement"),
    /** For the teacher: a post waits for approval; named by its author. */
    WAITING("wrote a post that waits for your approval"),
    /** For the teacher: a student flagged a post (the flagger is never named). */
    FLAGGED("A post was flagged");

    /** The sentence, or what follows the name when {@link #named}. */
    public final String phrase;

    NoticeKind(String phrase) {
        this.phrase = phrase;
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
