package org.roundtable.discussion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.support.Browser;
import org.roundtable.support.Fixtures;
import org.roundtable.support.FreshData;

import io.quarkus.test.junit.QuarkusTest;

/** The teacher's post forms are rendered once and reused, each response carrying its own token. */
@QuarkusTest
class TeacherPostFormsTest extends FreshData {

    Fixtures.TestClass testClass;
    long teacher;
    long answer;
    String path;

    @BeforeEach
    void setUp() {
        teacher = fixtures.onlyTeacher("forms");
        testClass = fixtures.createClass("Forms", 0, teacher);
        fixtures.configure(testClass.id(), c -> c.postFirst = false);
        long writer = fixtures.enrol(testClass.id(), "Writer", "ABCD-EFGH");
        answer = fixtures.post(testClass.discussions().get(0), writer, null, "an answer");
        fixtures.post(testClass.discussions().get(0), writer, answer, "a reply");
        path = testClass.discussionPath(1);
    }

    private Browser signedIn() {
        Browser browser = new Browser();
        browser.setCookie("rt_session", fixtures.signIn(teacher));
        return browser;
    }

    /** Every token in the page's forms, the page's own (lock) and the posts' (moderation) alike. */
    private static Set<String> tokens(Document page) {
        return page.select("input[name=csrf-token]").stream().map(input -> input.val()).collect(Collectors.toSet());
    }

    @Test
    void twoSessionsEachSeeTheirOwnTokenInThePostForms() {
        Browser first = signedIn();
        Browser second = signedIn();
        first.page(path); // the posts are rendered and kept now
        Document firstPage = first.page(path);
        Document secondPage = second.page(path);

        assertFalse(firstPage.select(".post .moderation-actions form").isEmpty());
        assertEquals(1, tokens(firstPage).size(), "one token for the whole response: " + tokens(firstPage));
        assertEquals(1, tokens(secondPage).size(), "one token for the whole response: " + tokens(secondPage));
        assertNotEquals(tokens(firstPage), tokens(secondPage), "a kept rendering carries no session's token");
        assertFalse(tokens(firstPage).iterator().next().isEmpty());
    }

    @Test
    void aKeptModerationFormStillWorks() {
        Browser browser = signedIn();
        browser.page(path);
        var form = browser.page(path).select("#post-" + answer + " .moderation-actions form.hide-form").first();
        String token = form.select("input[name=csrf-token]").val();

        var hidden = browser.post(form.attr("action"),
                Map.of("reason", "off topic", "back", path, "csrf-token", token));

        assertEquals(303, hidden.statusCode());
        assertEquals(PostStatus.HIDDEN, fixtures.find(answer).status);
    }
}
