package org.roundtable.discussion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.support.Browser;
import org.roundtable.support.Fixtures;
import org.roundtable.support.FreshData;
import org.roundtable.support.MovableClock;
import org.roundtable.support.People;
import org.roundtable.support.People.Person;
import org.roundtable.support.PlannerStatistics;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class DiscussionTest extends FreshData {

    Fixtures.TestClass testClass;
    String q1;

    @BeforeEach
    void setUp() {
        testClass = fixtures.createClass("Period 5", 0);
        q1 = testClass.discussionPath(1);
    }

    record Student(long id, Browser browser) {
    }

    Student student(String name) {
        Person person = People.student(fixtures, testClass.id(), name);
        return new Student(person.id(), person.browser());
    }

    Response answer(Student student, String body, Map<String, String> extra) {
        Map<String, String> fields = new HashMap<>(extra);
        fields.put("body", body);
        fields.putIfAbsent("key", UUID.randomUUID().toString());
        return student.browser().submit(q1, q1 + "/posts", fields);
    }

    Response answer(Student student, String body) {
        return answer(student, body, Map.of());
    }

    Response reply(Student student, long parentId, String body) {
        return answer(student, body, Map.of("parentId", String.valueOf(parentId)));
    }

    /** Ana's answer with Ben's reply under it, Ben having answered first himself (so post first lets him). */
    record Exchange(Student ana, Student ben, long answer, long reply) {
    }

    Exchange anaAnsweredBenReplied(String answer, String reply) {
        Student ana = student("Ana");
        Student ben = student("Ben");
        long root = postId(answer(ana, answer));
        answer(ben, "Ben's own answer");
        return new Exchange(ana, ben, root, postId(reply(ben, root, reply)));
    }

    static long postId(Response redirect) {
        String location = redirect.header("Location");
        return Long.parseLong(location.substring(location.indexOf("#post-") + 6));
    }

    @Test
    void anAnswerCitingASectionWithAStanceIsShownWithBoth() {
        Student ana = student("Ana");
        Response response = answer(ana, "He was *right* to stay away.",
                Map.of("sectionId", String.valueOf(testClass.sections().get(2)), "stance", "AGREE"));
        assertEquals(303, response.statusCode());
        Document page = ana.browser().page(q1);
        assertEquals("Signed in as Ana", page.select(".signed-in-as").text());
        Element post = page.selectFirst("#post-" + postId(response));
        assertNotNull(post);
        assertEquals("right", post.select(".post-body em").text());
        assertEquals("Agree", post.select(".stance").text());
        assertEquals("Why the No-Shows?", post.select(".cites a").text());
        assertTrue(post.select(".cites a").attr("href").endsWith("#why-the-no-shows"));
        assertNotNull(post.selectFirst("time[datetime][title]"));
        assertEquals("1", page.select(".stance-bars meter").first().attr("value"));
        assertEquals("Answered", ana.browser().page("/classes/" + testClass.id()).select(".status").first().text());
    }

    @Test
    void classmatesAnswersAppearOnlyAfterPostingYourOwn() {
        Student ana = student("Ana");
        Student ben = student("Ben");
        answer(ana, "Ana's answer");
        Document before = ben.browser().page(q1);
        assertTrue(before.select(".thread .post").isEmpty(), "post first hides classmates");
        assertTrue(before.select(".banner-info").text().contains("Post your own answer first"));

        answer(ben, "Ben's answer");
        Document after = ben.browser().page(q1);
        assertEquals(2, after.select(".thread .post").size());

        fixtures.configure(testClass.id(), c -> c.postFirst = false);
        Student cleo = student("Cleo");
        assertEquals(2, cleo.browser().page(q1).select(".thread .post").size(), "without post first all is visible");
    }

    @Test
    void repliesNestToDepthThreeThenSayWhomTheyAnswer() {
        Exchange exchange = anaAnsweredBenReplied("root", "depth one");
        Student ana = exchange.ana();
        Student ben = exchange.ben();
        long root = exchange.answer();
        long r1 = exchange.reply();
        long r2 = postId(reply(ana, r1, "depth two"));
        long r3 = postId(reply(ben, r2, "depth three"));
        long r4 = postId(reply(ana, r3, "depth four"));

        Document page = ana.browser().page(q1 + "?thread=" + root);
        assertTrue(page.selectFirst("#post-" + root).hasClass("depth-0"));
        assertTrue(page.selectFirst("#post-" + r1).hasClass("depth-1"));
        assertTrue(page.selectFirst("#post-" + r2).hasClass("depth-2"));
        assertTrue(page.selectFirst("#post-" + r3).hasClass("depth-3"));
        Element deepest = page.selectFirst("#post-" + r4);
        assertTrue(deepest.hasClass("depth-3"), "capped at depth 3");
        assertEquals("replying to Ben", deepest.select(".replying-to").text());
        assertTrue(page.selectFirst("#post-" + r3).select(".replying-to").isEmpty());
        assertEquals("Answered, replied to 1 classmate",
                ana.browser().page("/classes/" + testClass.id()).select(".status").first().text());
    }

    @Test
    void aReplyFormOpensUnderThePostWithoutJavaScript() {
        Student ana = student("Ana");
        long root = postId(answer(ana, "root"));
        Document page = ana.browser().page(q1 + "?reply=" + root);
        Element form = page.selectFirst("#post-" + root + " form#reply-form");
        assertNotNull(form);
        assertEquals(String.valueOf(root), form.select("input[name=parentId]").val());
        assertEquals("Your reply to Ana", form.select("label[for=reply-body]").text());
    }

    @Test
    void editsWithinTheWindowAreMarkedAndLaterOnesRefusedWithTextKept() {
        Student ana = student("Ana");
        long id = postId(answer(ana, "first draft"));
        String edit = q1 + "/posts/" + id + "/edit";
        assertEquals(303, ana.browser().submit(edit, edit, Map.of("body", "second draft")).statusCode());
        Element post = ana.browser().page(q1).selectFirst("#post-" + id);
        assertEquals("second draft", post.select(".post-body").text());
        assertEquals("edited", post.select(".edited").text());

        String token = ana.browser().csrfToken(edit);
        MovableClock.current().advance(Duration.ofMinutes(31));
        Response late = ana.browser().post(edit, Map.of("body", "third draft", "csrf-token", token));
        assertTrue(Browser.refused(late).select(".field-error").text().contains("can no longer be changed"));
        assertEquals("third draft", Browser.html(late).select("textarea[name=body]").text());
        assertTrue(ana.browser().page(q1).select("#post-" + id + " .post-actions a[href$=/edit]").isEmpty());
    }

    @Test
    void deletingAPostWithRepliesLeavesAPlaceholder() {
        Exchange exchange = anaAnsweredBenReplied("to be deleted", "a reply that stays");
        String delete = q1 + "/posts/" + exchange.answer() + "/delete";
        assertEquals(303, exchange.ana().browser().submit(delete, delete, Map.of()).statusCode());

        Document page = exchange.ben().browser().page(q1);
        Element placeholder = page.selectFirst("#post-" + exchange.answer());
        assertTrue(placeholder.hasClass("placeholder"));
        assertEquals("Deleted post", placeholder.text());
        assertFalse(page.text().contains("to be deleted"));
        assertEquals("a reply that stays", page.select("#post-" + exchange.reply() + " .post-body").text());
        assertEquals(1, fixtures.discussion(testClass.discussions().get(0)).answerCount);
    }

    @Test
    void threeFlagsFromDifferentStudentsHideAPostFromStudentsButNotItsAuthor() {
        fixtures.configure(testClass.id(), c -> c.postFirst = false);
        Student author = student("Ana");
        Map<String, Student> classmates = new HashMap<>();
        for (String name : new String[] { "Ben", "Cleo", "Dev" }) {
            classmates.put(name, student(name)); // in the class before the post: their flags count
        }
        long id = postId(answer(author, "contested"));
        for (String name : new String[] { "Ben", "Cleo", "Dev" }) {
            Student flagger = classmates.get(name);
            String flag = q1 + "/posts/" + id + "/flag";
            assertEquals(303, flagger.browser().submit(flag, flag, Map.of("reason", "UNKIND")).statusCode());
            if (!name.equals("Dev")) {
                assertFalse(flagger.browser().page(q1).select("#post-" + id).isEmpty(), "visible below 3 flags");
                Response twice = flagger.browser().submit(flag, flag, Map.of("reason", "OTHER"));
                assertEquals(400, twice.statusCode(), "one flag per student");
            }
        }
        Student eve = student("Eve");
        assertTrue(eve.browser().page(q1).select("#post-" + id).isEmpty(), "hidden at 3 flags");
        Element own = author.browser().page(q1).selectFirst("#post-" + id);
        assertTrue(own.select(".notice-warn").text().contains("reviews flags"));
        assertEquals(0, fixtures.discussion(testClass.discussions().get(0)).answerCount);
    }

    @Test
    void answersPaginateFiftyAPageWithRepliesKeptWithTheirAnswer() {
        fixtures.configure(testClass.id(), c -> c.postFirst = false);
        long discussion = testClass.discussions().get(0);
        long author = fixtures.enrol(testClass.id(), "Writer", "ABCD-EFGH");
        Instant start = MovableClock.now().minus(Duration.ofHours(3));
        long first = 0;
        for (int i = 0; i < 120; i++) {
            long id = fixtures.post(discussion, author, null, "answer " + i, start.plusSeconds(i));
            if (i == 0) {
                first = id;
            }
        }
        fixtures.post(discussion, author, first, "reply to the first", start.plusSeconds(500));
        Student reader = student("Reader");

        Document page1 = reader.browser().page(q1);
        assertEquals(50, page1.select(".post.depth-0").size());
        assertEquals("answer 0", page1.select(".post.depth-0 .post-body").first().text());
        assertEquals("reply to the first", page1.select(".post.depth-1 .post-body").text());
        assertEquals("Page 1 of 3", page1.select(".pager span").text());
        Document page3 = reader.browser().page(q1 + "?page=3");
        assertEquals(20, page3.select(".post.depth-0").size());
        assertTrue(page3.select(".pager a[rel=next]").isEmpty());
        Document newest = reader.browser().page(q1 + "?sort=newest");
        assertEquals("answer 119", newest.select(".post.depth-0 .post-body").first().text());
        Document mostReplies = reader.browser().page(q1 + "?sort=replies");
        assertEquals("answer 0", mostReplies.select(".post.depth-0 .post-body").first().text());
    }

    @Test
    void scriptsAndEventHandlersInNamesAndBodiesRenderInert() {
        fixtures.configure(testClass.id(), c -> c.postFirst = false);
        Student evil = student("<script>alert(1)</script><img src=x onerror=alert(2)>");
        answer(evil, "<script>alert(3)</script> <img src=x onerror=alert(4)> [click](javascript:alert(5))");
        Document page = student("Reader").browser().page(q1);
        Elements thread = page.select(".thread");
        assertTrue(thread.select("script").isEmpty());
        assertTrue(thread.select("img").isEmpty());
        assertTrue(thread.select("[onerror]").isEmpty());
        assertTrue(thread.select("a[href^=javascript]").isEmpty());
        assertTrue(thread.select(".author").text().contains("<script>alert(1)</script>"), "the name shows as text");
        assertTrue(thread.select(".post-body").text().contains("<script>alert(3)</script>"));
    }

    @Test
    void refusedPostsKeepTheTextAndSayWhy() {
        Student ana = student("Ana");
        Response empty = answer(ana, "   ");
        assertTrue(Browser.refused(empty).select("#answer-body-error").text().contains("Write your answer"));

        String long5001 = "é".repeat(5001);
        Response tooLong = answer(ana, long5001);
        assertEquals(long5001, Browser.refused(tooLong).select("#answer-body").text());
        assertEquals(303, answer(ana, "é".repeat(5000)).statusCode(), "5,000 characters are fine");

        Response badStance = student("Ben").browser().submit(testClass.discussionPath(2),
                testClass.discussionPath(2) + "/posts", Map.of("body", "text", "stance", "AGREE",
                        "key", UUID.randomUUID().toString()));
        assertEquals(400, badStance.statusCode(), "question 2 takes no stance");
        assertEquals("text", Browser.html(badStance).select("#answer-body").text());

        Response badSection = answer(ana, "cites nothing real", Map.of("sectionId", "987654"));
        assertEquals(400, badSection.statusCode());
    }

    @Test
    void aRefusedReplyShowsItsMessageAtTheReplyFormOnly() {
        Student ana = student("Ana");
        long root = postId(answer(ana, "root"));
        Response empty = reply(ana, root, "  ");
        Document page = Browser.refused(empty);
        assertTrue(page.select("#reply-body-error").text().contains("Write your reply"));
        assertTrue(page.select("#answer-body-error").isEmpty(), "the answer form is not blamed");
    }

    @Test
    void aReplyToAPostOfAnotherDiscussionIsRefused() {
        Student ana = student("Ana");
        long elsewhere = fixtures.post(testClass.discussions().get(1), ana.id(), null, "in question 2");
        Response response = reply(ana, elsewhere, "misplaced reply");
        assertEquals("misplaced reply", Browser.refused(response).select("#reply-body, #answer-body").text());
    }

    @Test
    void slowModeAnswers429WithRetryAfterAndKeepsTheText() {
        fixtures.configure(testClass.id(), c -> c.slowModeSeconds = 60);
        Student ana = student("Ana");
        assertEquals(303, answer(ana, "first").statusCode());
        Response second = answer(ana, "second, too soon");
        assertEquals(429, second.statusCode());
        int retryAfter = Integer.parseInt(second.header("Retry-After"));
        assertTrue(retryAfter > 0 && retryAfter <= 60, "Retry-After " + retryAfter);
        assertEquals("second, too soon", Browser.html(second).select("#answer-body").text());
        assertTrue(Browser.html(second).select("#answer-body-error").text().contains("Slow mode"));
    }

    @Test
    void theSameFormSubmittedTwiceStoresOnePost() {
        Student ana = student("Ana");
        String key = UUID.randomUUID().toString();
        Response first = answer(ana, "only once", Map.of("key", key));
        Response second = answer(ana, "only once", Map.of("key", key));
        assertEquals(303, second.statusCode());
        assertEquals(first.header("Location"), second.header("Location"));
        assertEquals(1, fixtures.count(Post.class));
    }

    @Test
    void aPostWithoutCsrfTokenIsRefusedAndNothingIsStored() {
        Student ana = student("Ana");
        ana.browser().page(q1);
        Response response = ana.browser().post(q1 + "/posts", Map.of("body", "forged"));
        assertEquals(400, response.statusCode());
        Response wrong = ana.browser().post(q1 + "/posts", Map.of("body", "forged", "csrf-token", "not-the-token"));
        assertEquals(400, wrong.statusCode());
        assertEquals(0, fixtures.count(Post.class));
    }

    @Test
    void unknownDiscussionsAndPostsAreFriendly404s() {
        Student ana = student("Ana");
        Response response = ana.browser().get("/classes/" + testClass.id() + "/discussions/987654");
        assertEquals(404, response.statusCode());
        Document page = Browser.html(response);
        assertEquals("We could not find that page", page.select("h1").text());
        assertNotNull(page.selectFirst("a[href=/]"));
        assertEquals(404, ana.browser().get(q1 + "/posts/987654/edit").statusCode());
    }

    @Test
    void studentsCannotEditOrDeleteClassmatesPosts() {
        Student ana = student("Ana");
        Student ben = student("Ben");
        long id = postId(answer(ana, "mine"));
        String edit = q1 + "/posts/" + id + "/edit";
        assertEquals(404, ben.browser().get(edit).statusCode());
        String token = ben.browser().csrfToken(q1);
        assertEquals(404, ben.browser().post(edit, Map.of("body", "hijacked", "csrf-token", token)).statusCode());
        assertEquals(404,
                ben.browser().post(q1 + "/posts/" + id + "/delete", Map.of("csrf-token", token)).statusCode());
        assertEquals("mine", fixtures.find(id).bodySource);
    }

    @Test
    void repliesBeyondTheDisplayDepthAreStoredAtItAndSayWhomTheyAnswer() {
        fixtures.configure(testClass.id(), c -> c.postFirst = false);
        Student ana = student("Ana");
        Student ben = student("Ben");
        long parent = postId(answer(ana, "root"));
        List<Long> chain = new ArrayList<>();
        for (int level = 1; level <= 6; level++) {
            Student writer = level % 2 == 1 ? ben : ana;
            parent = postId(reply(writer, parent, "level " + level));
            chain.add(parent);
        }
        for (int level = 3; level <= 6; level++) {
            assertEquals(3, fixtures.find(chain.get(level - 1)).depth, "stored at the display depth");
        }
        assertEquals(chain.get(4), fixtures.find(chain.get(5)).parent.id, "the parent link is kept");
        Document page = student("Cleo").browser().page(q1 + "?thread=" + chain.get(0));
        Element deepest = page.selectFirst("#post-" + chain.get(5));
        assertTrue(deepest.hasClass("depth-3"));
        assertEquals("replying to Ben", deepest.select(".replying-to").text(), "level 6 answers Ben's level 5");
        assertEquals("replying to Ana", page.select("#post-" + chain.get(4) + " .replying-to").text());
    }

    @Test
    void aReplyChainFiveThousandDeepLeavesTheDiscussionReadable() {
        fixtures.configure(testClass.id(), c -> c.postFirst = false);
        long discussion = testClass.discussions().get(0);
        long author = fixtures.enrol(testClass.id(), "Chain", "ABCD-EFGH");
        PlannerStatistics.postsBelievedNone(fixtures, discussion, author); // the plan must not need fresh statistics
        long last = fixtures.post(discussion, author, null, "the start of a long chain");
        for (int chunk = 0; chunk < 10; chunk++) { // short transactions, each with a fresh persistence context
            int first = chunk * 500 + 1;
            long from = last;
            last = QuarkusTransaction.requiringNew().call(() -> {
                Post parent = Post.findById(from);
                for (int i = first; i < first + 500; i++) {
                    parent = Post.write(parent.discussion, parent.author, parent, "link " + i, null, null,
                            PostStatus.PUBLISHED, null, MovableClock.now());
                }
                return parent.id;
            });
        }
        Response response = student("Reader").browser().get(q1 + "?thread=" + last);
        assertEquals(200, response.statusCode());
        Document page = Browser.html(response);
        assertEquals(5001, page.select(".thread .post").size());
        assertEquals(1 + PostPage.REPLIES_SHOWN, student("Other").browser().page(q1).select(".thread .post").size(),
                "the discussion's own page carries the chain's first replies");
        assertEquals("link 5000", page.select(".thread .post .post-body").last().text(), "in thread order");
        assertTrue(page.select(".thread .post").stream().allMatch(p -> p.className().matches(".*depth-[0-3].*")));
    }

    @Test
    void markdownNestedThousandsDeepIsRefusedQuicklyWithTheTextKept() {
        fixtures.configure(testClass.id(), c -> c.slowModeSeconds = 60);
        Student ana = student("Ana");
        answer(ana, ""); // warm-up, not timed: refused as empty
        for (String deep : List.of(">".repeat(5000), "- ".repeat(2499) + "x", "> - ".repeat(1249) + "x")) {
            long start = System.nanoTime();
            Response refused = answer(ana, deep);
            long millis = (System.nanoTime() - start) / 1_000_000;
            Document page = Browser.refused(refused);
            assertEquals(deep.strip(), page.select("#answer-body").text().strip(), "the text is kept");
            assertTrue(page.select("#answer-body-error").text().contains("nested up to 10 levels"));
            assertTrue(millis < 5000, "answered in " + millis + " ms"); // generous for a busy test machine
        }
        assertEquals(0, fixtures.count(Post.class));
        String nested = "> quoted\n> > and quoted again";
        assertEquals(303, answer(ana, nested).statusCode(), "a refused attempt does not count for slow mode");
    }
}
