package org.roundtable.live;

import java.util.function.Supplier;

import org.roundtable.account.Viewer;
import org.roundtable.classroom.ClassPages;
import org.roundtable.discussion.DiscussionScope;
import org.roundtable.discussion.DiscussionScopes;
import org.roundtable.notice.Unread;

import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

/**
 * Opening a live stream, the same for the three kinds: the check its page makes, then the reader's limits (a
 * session or an address may hold only so many streams at once), then "ready", which tells the page its stream is
 * open. The pages work the same without their streams; each stream ends with its reader's session.
 */
@RequestScoped
public class LiveStreams {

    private final DiscussionScopes scopes;
    private final ClassPages pages;
    private final LiveHub hub;

    LiveStreams(DiscussionScopes scopes, ClassPages pages, LiveHub hub) {
        this.scopes = scopes;
        this.pages = pages;
        this.hub = hub;
    }

    /** A discussion page's stream: what it carries follows the page's rules for this reader. */
    @Transactional
    public void discussion(long classId, long discussionId, StreamRequest request) {
        DiscussionScope scope = scopes.load(classId, discussionId);
        LiveView view = LiveView.of(scope, request.csrfToken());
        boolean admitted = hub.subscribeDiscussion(request.readerFor(scope.viewer()), view, request.sink(),
                request.sse());
        opened(admitted, request, () -> "{}");
    }

    /** An open moderation queue's stream, for the class's teacher: new posts wait, new flags arrived. */
    @Transactional
    public void queue(long classId, StreamRequest request) {
        pages.owned(classId);
        boolean admitted = hub.subscribeQueue(request.readerFor(pages.viewer()), classId, request.sink(),
                request.sse());
        opened(admitted, request, () -> "{}");
    }

    /**
     * The signed-in person's unread count, account-wide. It opens with the count as it is now, so a page restored
     * from the browser's history or a stream reopened after a while is right again.
     */
    @Transactional
    public void notices(StreamRequest request) {
        Viewer viewer = pages.viewer();
        boolean admitted = hub.subscribeNotices(request.readerFor(viewer), request.sink(), request.sse());
        opened(admitted, request,
                () -> Unread.of(viewer.accountId()).json());
    }

    /** Tells the page its stream is open ({@code ready}), or refuses it when the reader already holds too many. */
    static void opened(boolean admitted, StreamRequest request, Supplier<String> ready) {
        if (!admitted) {
            throw tooManyStreams();
        }
        if (!request.sink().isClosed()) { // a reader who left at once: nothing to tell (Sinks: nor if they leave now)
            Sinks.send(request.sink(), request.sse().newEventBuilder().name("ready").data(ready.get()).build());
        }
    }

    /** A refusal the page's script recognises and accepts quietly: the page works without its stream. */
    static WebApplicationException tooManyStreams() {
        return new WebApplicationException(Response.status(Response.Status.TOO_MANY_REQUESTS).build());
    }
}
