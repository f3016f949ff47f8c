package org.roundtable.discussion;

import org.roundtable.account.Account;
import org.roundtable.classroom.Classroom;
import org.roundtable.classroom.Enrollment;
import org.roundtable.classroom.Pseudonyms;
import org.roundtable.language.Messages;

/**
 * Under which name a post was written, recorded with the post when it is written, and the one
 * rule for the name a reader sees on it. Every page, live message and form that names an author
 * to a reader asks {@link #seenBy}.
 *
 * <p>The rule: the teacher and the author see the real name. Classmates see the pseudonym when
 * the post was written under it (whatever the class does later: anonymity turned off, the author
 * removed) or when the class is anonymous now (more private is always allowed); otherwise the
 * name the author wrote under in this class. Never the account's own name: a student's account
 * may carry another class's name.
 *
 * @param authorId the author's account; null once a removed student's post is only a placeholder
 * @param byTeacher written by the class's teacher, who is never behind a pseudonym
 * @param realName the author's name in the class when they wrote it
 * @param pseudonym the author's pseudonym in the class when they wrote it; null for teachers, and for
 *        posts kept from before pseudonyms were recorded whose author had left the class
 * @param pseudonymous written under the pseudonym: the class was anonymous when the author wrote it
 */
public record Byline(Long authorId, boolean byTeacher, String realName, String pseudonym, boolean pseudonymous) {

    /** Shown to classmates where the pseudonym a post was written under is not known. */
    public static String formerClassmate() {
        return Messages.now(PostMsg.class).formerClassmate();
    }

    /** What the author agrees to by writing now: their name in the class, and the pseudonym if it is anonymous. */
    public static Byline writing(Classroom classroom, Account author) {
        if (author.isTeacher()) {
            return new Byline(author.id, true, author.displayName, null, false);
        }
        Enrollment enrollment = Enrollment.findFor(classroom.id, author.id);
        return new Byline(author.id, false, enrollment.displayName, enrollment.pseudonym, classroom.anonymous);
    }

    /** Records on the post the names it is written under. */
    void signOn(Post post) {
        post.authorName = realName;
        post.authorPseudonym = pseudonym;
        post.pseudonymous = pseudonymous;
    }

    /** The name this reader sees on the post. */
    public String seenBy(ThreadBuilder.Viewing viewing) {
        boolean ownPost = authorId != null && authorId == viewing.viewerId();
        if (byTeacher || viewing.teacher() || ownPost) {
            return realName;
        }
        if (pseudonymous || viewing.anonymous()) {
            return pseudonym == null ? formerClassmate() : Pseudonyms.spoken(pseudonym);
        }
        return realName;
    }
}
