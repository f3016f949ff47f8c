package org.roundtable.discussion;

import java.util.HashMap;
import java.util.Map;

import org.roundtable.classroom.Enrollment;
import org.roundtable.language.Messages;

/**
 * The names the teacher reads on posts in the moderation queue, transcripts and exports: each
 * author's name in the class now (classmates read {@link Byline#seenBy} instead). One reading of
 * the roster per page, so the queue and the transcript cannot name an author differently.
 */
public final class AuthorNames {

    /** A post whose author was removed from the class with their posts kept. */
    public static String removedStudent() {
        return Messages.now(PostMsg.class).removedStudent();
    }

    private final Map<Long, Enrollment> roster;

    private AuthorNames(Map<Long, Enrollment> roster) {
        this.roster = roster;
    }

    /** The class's roster, read once. */
    public static AuthorNames of(long classId) {
        Map<Long, Enrollment> roster = new HashMap<>();
        for (Enrollment e : Enrollment.<Enrollment>list("classroom.id", classId)) {
            roster.put(e.account.id, e);
        }
        return new AuthorNames(roster);
    }

    /** The author's name in the class; a teacher's (or a former student's) account name. */
    public String of(Post post) {
        if (post.author == null) {
            return removedStudent();
        }
        Enrollment enrollment = roster.get(post.author.id);
        return enrollment != null ? enrollment.displayName : post.author.displayName;
    }

    /** The account's enrollment in the class, or null for the teacher and former students. */
    public Enrollment enrollment(long accountId) {
        return roster.get(accountId);
    }
}
