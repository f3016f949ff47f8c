package org.roundtable.web;

import org.roundtable.account.AccountPaths;
import org.roundtable.account.Viewer;
import org.roundtable.notice.Unread;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.Context;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The signed-in person as the layout shows them: {@code {inject:me.name}}. */
@Named("me")
@RequestScoped
public class Me {

    private final SecurityIdentity identity;
    /** Counted once a request, however often the layout asks. */
    private Unread unreadNotices;

    Me(SecurityIdentity identity) {
        this.identity = identity;
    }

    /**
     * Null on an I/O thread: sessions are looked up lazily, and resolving one there would
     * block. Only error pages render there, and they do without the account header.
     */
    public Viewer viewer() {
        if (Context.isOnEventLoopThread()) {
            return null;
        }
        return Viewer.of(identity);
    }

    public boolean signedIn() {
        return viewer() != null;
    }

    public boolean teacher() {
        Viewer viewer = viewer();
        return viewer != null && viewer.isTeacher();
    }

    public boolean admin() {
        Viewer viewer = viewer();
        return viewer != null && viewer.admin();
    }

    /**
     * Where the brand link goes: a teacher's dashboard; for everyone else the front door, which
     * takes a student with one class on to it.
     */
    public String homePath() {
        return teacher() ? AccountPaths.TEACHER_HOME : WebPaths.HOME;
    }

    /** The header's count of unread notices: one statement, on the first page render that asks. */
    public Unread unreadNotices() {
        Viewer viewer = viewer();
        if (viewer == null) {
            return new Unread(0);
        }
        if (unreadNotices == null) {
            unreadNotices = Unread.of(viewer.accountId());
        }
        return unreadNotices;
    }

    public String name() {
        Viewer viewer = viewer();
        return viewer == null ? "" : viewer.displayName();
    }
}
