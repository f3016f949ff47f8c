package org.roundtable.discussion;

/**
 * Something changed that open pages may want to show: a post (new, edited, hidden,
 * restored, deleted), a discussion (locked, unlocked), or a class's moderation queue.
 * Small enough to travel as a PostgreSQL NOTIFY payload between instances.
 */
public record LiveEvent(Kind kind, long classId, long discussionId, long postId) {

    public enum Kind { POST, DISCUSSION, QUEUE }

    public static LiveEvent post(long classId, long discussionId, long postId) {
        return new LiveEvent(Kind.POST, classId, discussionId, postId);
    }

    public static LiveEvent discussion(long classId, long discussionId) {
        return new LiveEvent(Kind.DISCUSSION, classId, discussionId, 0);
    }

    public static LiveEvent queue(long classId) {
        return new LiveEvent(Kind.QUEUE, classId, 0, 0);
    }

    public String encode() {
        return kind + ":" + classId + ":" + discussionId + ":" + postId;
    }

    /** The event a payload describes, or null for anything malformed. */
    public static LiveEvent decode(String payload) {
        String[] parts = payload == null ? new String[0] : payload.split(":");
        if (parts.length != 4) {
            return null;
        }
        try {
            return new LiveEvent(Kind.valueOf(parts[0]), Long.parseLong(parts[1]), Long.parseLong(parts[2]),
                    Long.parseLong(parts[3]));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
