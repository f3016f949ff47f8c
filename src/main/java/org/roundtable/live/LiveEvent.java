package org.roundtable.live;

/**
 * Something changed that open streams must hear of: a post (new, edited, hidden,
 * restored, deleted), a discussion (locked, unlocked), a class's moderation queue, a
 * class's settings, sessions that ended, an article that was edited, or a person's notices. Small enough to travel
 * as a PostgreSQL NOTIFY payload between instances.
 *
 * @param id what the event is about, by kind: the post (POST), the session
 *        (SESSION_ENDED), the account (SESSIONS_OF_ACCOUNT_ENDED, NOTICES) or the article (ARTICLE); 0 otherwise
 */
public record LiveEvent(Kind kind, long classId, long discussionId, long id) {

    public enum Kind {
        POST, DISCUSSION, QUEUE, CLASS_SETTINGS, SESSION_ENDED, SESSIONS_OF_ACCOUNT_ENDED, ARTICLE, NOTICES
    }

    public static LiveEvent post(long classId, long discussionId, long postId) {
        return new LiveEvent(Kind.POST, classId, discussionId, postId);
    }

    public static LiveEvent discussion(long classId, long discussionId) {
        return new LiveEvent(Kind.DISCUSSION, classId, discussionId, 0);
    }

    public static LiveEvent queue(long classId) {
        return new LiveEvent(Kind.QUEUE, classId, 0, 0);
    }

    /** The teacher saved the class's settings: streams opened under other rules end. */
    public static LiveEvent classSettings(long classId) {
        return new LiveEvent(Kind.CLASS_SETTINGS, classId, 0, 0);
    }

    /** An article was edited: every instance drops its copy. */
    public static LiveEvent article(long articleId) {
        return new LiveEvent(Kind.ARTICLE, 0, 0, articleId);
    }

    /** This account's notices changed: its open notice streams hear its new unread count. */
    public static LiveEvent notices(long accountId) {
        return new LiveEvent(Kind.NOTICES, 0, 0, accountId);
    }

    public static LiveEvent sessionEnded(long sessionId) {
        return new LiveEvent(Kind.SESSION_ENDED, 0, 0, sessionId);
    }

    public static LiveEvent sessionsOfAccountEnded(long accountId) {
        return new LiveEvent(Kind.SESSIONS_OF_ACCOUNT_ENDED, 0, 0, accountId);
    }

    public long postId() {
        return id;
    }

    public String encode() {
        return kind + ":" + classId + ":" + discussionId + ":" + id;
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
