package org.roundtable.notice;

import org.roundtable.account.Account;
import org.roundtable.classroom.Classroom;
import org.roundtable.discussion.Post;
import org.roundtable.support.MovableClock;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Many unread notices at once, written directly (through the forms a hundred replies would take minutes). */
public final class NoticePile {

    private NoticePile() {
    }

    /** {@code howMany} unread notices for the account of a reply to their post, in the post's class. */
    public static void ofReplies(long accountId, long postId, int howMany) {
        QuarkusTransaction.requiringNew().run(() -> {
            Account to = Account.findById(accountId);
            Post post = Post.findById(postId);
            Classroom classroom = post.discussion.classroom;
            for (int i = 0; i < howMany; i++) {
                Notice.create(to, classroom, NoticeKind.REPLY, NoticeSubject.post(post), MovableClock.now());
            }
        });
    }
}
