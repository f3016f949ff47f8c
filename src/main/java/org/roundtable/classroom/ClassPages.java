package org.roundtable.classroom;

import java.time.Clock;
import java.time.Instant;

import org.roundtable.account.Viewer;
import org.roundtable.article.ArticleContent;
import org.roundtable.article.ArticleLibrary;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

/**
 * What a class page needs before it does its own work: who is asking, the class checked for
 * them ({@link OwnedClass}, {@link ClassMember}), articles from the library, and now. One bean,
 * so each page takes it instead of the identity, library and clock one by one.
 */
@RequestScoped
public class ClassPages {

    private final SecurityIdentity identity;
    private final ArticleLibrary library;
    private final Clock clock;

    ClassPages(SecurityIdentity identity, ArticleLibrary library, Clock clock) {
        this.identity = identity;
        this.library = library;
        this.clock = clock;
    }

    /** The signed-in person, or null for an anonymous request. */
    public Viewer viewer() {
        return Viewer.of(identity);
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
}
