package org.roundtable.discussion;

import org.jboss.resteasy.reactive.RestForm;

/**
 * "Where do you stand?" as sent: before reading (a position, or skip) and after it (a position, what
 * changed it, the post that did). Kept whole so a refused form comes back as typed.
 */
public class StanceForm {

    @RestForm
    public String position;

    @RestForm
    public String reason;

    /** The id of the post the student credits with changing their mind; blank for none. */
    @RestForm
    public String creditedPost;

    /** Sent by the "Skip" button: the student does not say where they stand before reading. */
    @RestForm
    public String skip;

    public static StanceForm blank() {
        return new StanceForm();
    }

    /** The form filled with what the student said after reading, to change it again. */
    static StanceForm of(StanceChange stance) {
        StanceForm form = new StanceForm();
        if (stance != null && stance.stanceAfter != null) {
            form.position = stance.stanceAfter.name();
            form.reason = stance.reason;
            form.creditedPost = stance.creditedPostId == null ? null : String.valueOf(stance.creditedPostId);
        }
        return form;
    }

    public boolean skipped() {
        return skip != null;
    }

    /** The chosen position, or null for none or one the question does not offer. */
    public Stance stance() {
        return Stance.parse(position);
    }

    /** The reason on one line, without outer blank space; null when none is given. */
    public String cleanReason() {
        String line = reason == null ? "" : reason.replaceAll("[\\r\\n]+", " ").strip();
        return line.isEmpty() ? null : line;
    }

    /** The credited post's id; null for none, -1 for something that is not an id. */
    public Long creditedPostId() {
        if (creditedPost == null || creditedPost.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(creditedPost.strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    /** The options the question offers, in the order the form lists them. */
    public Stance[] stances() {
        return Stance.values();
    }

    public boolean isChosen(Stance stance) {
        return stance.name().equals(position);
    }

    public boolean isCredited(long postId) {
        return String.valueOf(postId).equals(creditedPost);
    }
}
