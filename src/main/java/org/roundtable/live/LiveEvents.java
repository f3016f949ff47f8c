package org.roundtable.live;

import org.roundtable.Database;
import org.roundtable.account.SessionsEnded;
import org.roundtable.article.ArticleLibrary;
import org.roundtable.article.ArticleRevised;
import org.roundtable.classroom.ClassSettingsChanged;
import org.roundtable.discussion.DiscussionChanged;
import org.roundtable.discussion.PostChanged;
import org.roundtable.discussion.QueueChanged;
import org.roundtable.notice.NoticesChanged;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * Turns the changes the packages below announce into live events, and publishes each
 * once the change that caused it is committed, never before and never for a rolled-back
 * change. On PostgreSQL through NOTIFY, which the database delivers at commit to every
 * instance listening (this one included); on the embedded database, which serves one
 * instance, straight to this instance's hub after a successful commit.
 */
@ApplicationScoped
public class LiveEvents {

    static final String CHANNEL = "roundtable_live";

    private final Event<LiveEvent> live;
    private final LiveHub hub;
    private final ArticleLibrary articles;
    private final boolean postgres;

    LiveEvents(Event<LiveEvent> live, LiveHub hub, ArticleLibrary articles) {
        this.live = live;
        this.hub = hub;
        this.articles = articles;
        this.postgres = Database.isPostgres();
    }

    void postChanged(@Observes PostChanged changed) {
        live.fire(LiveEvent.post(changed.classId(), changed.discussionId(), changed.postId()));
    }

    void discussionChanged(@Observes DiscussionChanged changed) {
        live.fire(LiveEvent.discussion(changed.classId(), changed.discussionId()));
    }

    void queueChanged(@Observes QueueChanged changed) {
        live.fire(LiveEvent.queue(changed.classId()));
    }

    void classSettingsChanged(@Observes ClassSettingsChanged changed) {
        live.fire(LiveEvent.classSettings(changed.classId()));
    }

    void articleRevised(@Observes ArticleRevised revised) {
        live.fire(LiveEvent.article(revised.articleId()));
    }

    /** A reader's notices changed: their header's count follows on every instance, once the change is committed. */
    void noticesChanged(@Observes NoticesChanged changed) {
        live.fire(LiveEvent.notices(changed.accountId()));
    }

    /** Ending a session ends its streams, on every instance, once the ending is committed. */
    void sessionsEnded(@Observes SessionsEnded ended) {
        live.fire(ended.allSessions() ? LiveEvent.sessionsOfAccountEnded(ended.accountId())
                : LiveEvent.sessionEnded(ended.sessionId()));
    }

    /** In the transaction: PostgreSQL holds the notification until it commits, and drops it on rollback. */
    void notifyInstances(@Observes LiveEvent event) {
        if (postgres) {
            Panache.getEntityManager().createNativeQuery("select pg_notify(?1, ?2)")
                    .setParameter(1, CHANNEL).setParameter(2, event.encode()).getSingleResult();
        }
    }

    /** After the commit, on the embedded database only: PostgreSQL brings the event back through LISTEN. */
    void deliverHere(@Observes(during = TransactionPhase.AFTER_SUCCESS) LiveEvent event) {
        if (!postgres) {
            arrived(event);
        }
    }

    /** An event from this instance or another: an edited article's copy is dropped; the rest go to the streams. */
    void arrived(LiveEvent event) {
        if (event.kind() == LiveEvent.Kind.ARTICLE) {
            articles.forget(event.id());
        } else {
            hub.dispatch(event);
        }
    }

    boolean onPostgres() {
        return postgres;
    }
}
