package org.roundtable.discussion;

/**
 * Where a post stands, stored as its name, and how each reader is told: the wording lives here,
 * the decision of who sees what in {@link Visibility}.
 */
public enum PostStatus {

    /** Visible to the class. */
    PUBLISHED("Visible", "Visible"),
    /** Waiting for the teacher's approval (pre-moderation). */
    PENDING("Waiting for approval", "Waiting"),
    /** Hidden by the teacher, with a reason its author sees. */
    HIDDEN("Hidden by the teacher", "Hidden"),
    /** Deleted by its author; replies keep a placeholder. */
    DELETED("Deleted by the author", "Deleted by the author"),
    /** Removed by the teacher; kept for the moderation log. */
    REMOVED("Removed by the teacher", "Removed");

    /** What the teacher reads in transcripts and exports. */
    public final String label;
    /** The shorter word of the moderation queue, where the tab says the rest. */
    public final String queueLabel;

    PostStatus(String label, String queueLabel) {
        this.label = label;
        this.queueLabel = queueLabel;
    }

    public boolean isPublished() {
        return this == PUBLISHED;
    }

    public boolean isPending() {
        return this == PENDING;
    }

    public boolean isHidden() {
        return this == HIDDEN;
    }

    /** Hidden or removed by the teacher. */
    public boolean isModeratedAway() {
        return this == HIDDEN || this == REMOVED;
    }

    /** The enum literal as HQL reads it, for the fragments {@link Visibility} derives. */
    String hql() {
        return PostStatus.class.getName() + "." + name();
    }

    /** What stands in a thread in place of a post this reader cannot read. */
    public String placeholder() {
        return switch (this) {
            case DELETED -> "Deleted post";
            case REMOVED -> "Removed by the teacher";
            default -> "Hidden post";
        };
    }

    /** What stands in place of the author's own post the teacher removed: what happened and why. */
    public static String authorPlaceholder(String reason) {
        return "Your teacher removed this post" + (reason == null || reason.isEmpty() ? "." : ": " + reason);
    }

    /** What the teacher is told on the page about a post students do not see; null when they see it. */
    public String teacherNotice(boolean flaggedHidden, String hiddenReason) {
        if (flaggedHidden && this != HIDDEN) { // the teacher's own decision, with its reason, comes first
            return "Hidden from students by flags";
        }
        return switch (this) {
            case PUBLISHED -> null;
            case PENDING -> "Waiting for your approval";
            default ->
                "Hidden from students" + (hiddenReason == null || hiddenReason.isEmpty() ? "" : ": " + hiddenReason);
        };
    }

    /** What the author is told on the page about their own post's status; null when there is nothing to say. */
    public String authorNotice(String hiddenReason) {
        return switch (this) {
            case PENDING -> "Waiting for your teacher's approval. Only you and your teacher can see it.";
            case HIDDEN -> "Hidden by your teacher: " + (hiddenReason == null ? "no reason given" : hiddenReason);
            default -> null;
        };
    }
}
