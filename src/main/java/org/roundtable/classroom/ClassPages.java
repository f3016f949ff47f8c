package org.roundtable.classroom;

import java.time.Clock;
import java.time.Instant;

import org.roundtable.account.AccountPages;
import org.roundtable.account.Viewer;
import org.roundtable.article.ArticleContent;
import org.roundtable.article.ArticleLibrary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;

/**
 * What a class page needs before it does its own work: who is asking, the class checked for
 * them ({@link OwnedClass}, {@link ClassMember}), articles from the library, now, and the way
 * to tell the rest of the app what the page changed. One bean, so each page takes it instead
 * of the identity, library, clock and events one by one.
 */
@RequestScoped
public class ClassPages {

    private final AccountPages account;
    private final ArticleLibrary library;
    private final Clock clock;
    private final Event<Object> changes;

    ClassPages(AccountPages account, ArticleLibrary library, Clock clock, Event<Object> changes) {
        this.account = account;
        this.library = library;
        this.clock = clock;
        this.changes = changes;
    }

    /** The signed-in person, or null for an anonymous request. */
    public Viewer viewer() {
        return account.viewer();
    }

    /** The class, owned by the signed-in teacher: 404 for an unknown class, 403 for anyone else. */
    public Classroom owned(long classId) {
        return OwnedClass.load(classId, viewer());
    }

    /** The class, for its teacher or one of its students: 404 for an unknown class, 403 for anyone else. */
    public ClassMember member(long classId) {
        return ClassMember.load(classId, viewer());
    }

    public ArticleContent article(long articleId) {
        return library.get(articleId);
    }

    public ArticleLibrary library() {
        return library;
    }

    public Instant now() {
        return clock.instant();
    }

    /**
     * Tells the observers of a change (an {@code AssignmentMade}, {@code FeedbackGiven}, …) in this
     * transaction: notices, the audit log and live streams follow from it, not from the page.
     */
    public void tell(Object change) {
        changes.fire(change);
    }
}
