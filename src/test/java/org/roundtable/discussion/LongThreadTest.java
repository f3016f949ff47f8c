package org.roundtable.discussion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.support.Browser;
import org.roundtable.support.Fixtures;
import org.roundtable.support.FreshData;
import org.roundtable.support.PageTour;
import org.roundtable.support.People;

import io.quarkus.test.junit.QuarkusTest;

/** A page carries the first replies of each thread; the rest are one plain link away. */
@QuarkusTest
class LongThreadTest extends FreshData {

    Fixtures.TestClass testClass;
    long discussion;
    String path;
    long writer;
    Browser reader;

    @BeforeEach
    void setUp() {
        testClass = fixtures.createClass("Long threads", 0);
        fixtures.configure(testClass.id(), c -> c.postFirst = false);
        discussion = testClass.discussions().get(0);
        path = testClass.discussionPath(1);
        writer = fixtures.enrol(testClass.id(), "Writer", "ABCD-EFGH");
        reader = People.student(fixtures, testClass.id(), "Reader").browser();
    }

    /** An answer and 40 replies to it, each a second after the last, oldest first. */
    private List<Long> threadOf40(long answer, Instant from) {
        List<Long> replies = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            replies.add(fixtures.post(discussion, writer, answer, "reply " + i, from.plusSeconds(i + 1)));
        }
        return replies;
    }

    @Test
    void aThreadOf40RepliesShowsItsFirstRepliesAndALinkToTheRest() {
        Instant from = Instant.now().minusSeconds(10_000);
        long answer = fixtures.post(discussion, writer, null, "the answer", from);
        List<Long> replies = threadOf40(answer, from);

        Document page = reader.page(path);

        assertNotNull(page.getElementById("post-" + answer));
        for (int i = 0; i < PostPage.REPLIES_SHOWN; i++) {
            assertNotNull(page.getElementById("post-" + replies.get(i)), "reply " + i + " shows");
        }
        assertNull(page.getElementById("post-" + replies.get(PostPage.REPLIES_SHOWN)), "the rest collapse");
        assertEquals(1 + PostPage.REPLIES_SHOWN, page.select("ol.thread > li.post").size());
        Element more = page.selectFirst("li.more-replies a");
        assertNotNull(more, "a plain link stands for the hidden replies");
        int hidden = 40 - PostPage.REPLIES_SHOWN;
        assertTrue(more.text().contains(String.valueOf(hidden)), more.text());
        assertEquals("Show " + hidden + " more replies", more.text());

        Document thread = reader.page(withoutFragment(more.attr("href")));
        assertEquals(41, thread.select("ol.thread > li.post").size(), "the link's page shows the whole thread");
        for (long reply : replies) {
            assertNotNull(thread.getElementById("post-" + reply));
        }
        assertNull(thread.selectFirst("li.more-replies"));
    }

    @Test
    void theUkrainianPageSaysHowManyMoreInUkrainian() {
        Instant from = Instant.now().minusSeconds(10_000);
        long answer = fixtures.post(discussion, writer, null, "the answer", from);
        threadOf40(answer, from);
        reader.setCookie(PageTour.LANGUAGE_COOKIE, "uk");

        Element more = reader.page(path).selectFirst("li.more-replies a");

        assertNotNull(more);
        assertEquals("Показати ще " + (40 - PostPage.REPLIES_SHOWN) + " відповідей", more.text());
    }

    @Test
    void aShortThreadHasNoLink() {
        long answer = fixtures.post(discussion, writer, null, "the answer");
        for (int i = 0; i < PostPage.REPLIES_SHOWN; i++) {
            fixtures.post(discussion, writer, answer, "reply " + i, Instant.now().plusSeconds(i + 1));
        }

        Document page = reader.page(path);

        assertEquals(1 + PostPage.REPLIES_SHOWN, page.select("ol.thread > li.post").size());
        assertNull(page.selectFirst("li.more-replies"));
    }

    /** A reply to a collapsed reply: its link opens the thread whole with the form, and the reply lands there. */
    @Test
    void replyingInACollapsedThreadHappensOnTheThreadsPage() {
        Instant from = Instant.now().minusSeconds(10_000);
        long answer = fixtures.post(discussion, writer, null, "the answer", from);
        List<Long> replies = threadOf40(answer, from);
        String threadPage = withoutFragment(reader.page(path).selectFirst("li.more-replies a").attr("href"));
        long last = replies.get(39);

        String replyLink = reader.page(threadPage).selectFirst("#post-" + last + " .post-actions a").attr("href");
        Document form = reader.page(withoutFragment(replyLink));

        assertNotNull(form.selectFirst("#post-" + last + " #reply-form"), "the reply form opens under the post");
        var response = reader.submit(withoutFragment(replyLink), path + "/posts",
                Map.of("body", "a late reply", "parentId", String.valueOf(last)));
        assertEquals(303, response.statusCode());
        String back = response.header("Location");
        long written = Long.parseLong(back.substring(back.indexOf("#post-") + "#post-".length()));
        assertTrue(back.contains("thread=" + written), back);
        assertNotNull(reader.page(withoutFragment(back)).getElementById("post-" + written),
                "the new reply shows at the end of its thread");
    }

    /** A browser never sends the part after '#'. */
    private static String withoutFragment(String href) {
        int hash = href.indexOf('#');
        return hash < 0 ? href : href.substring(0, hash);
    }
}
