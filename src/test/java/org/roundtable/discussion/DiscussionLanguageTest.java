package org.roundtable.discussion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.roundtable.support.Browser;
import org.roundtable.support.ClassWithStudents;
import org.roundtable.support.PageTour;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The discussion page speaks each reader's language, down to the refusals of its forms, and the posts
 * rendered once and shared between classmates are shared only between readers of one language.
 */
@QuarkusTest
class DiscussionLanguageTest extends ClassWithStudents {

    DiscussionLanguageTest() {
        super("ms.mova", "Period 5 Civics", "Ana P", "Ben R", "Cy L");
        everyoneSeesEveryPost();
    }

    @Test
    void anEmptyAnswerIsRefusedInUkrainian() {
        ana.browser().setCookie(PageTour.LANGUAGE_COOKIE, "uk");
        Document refused = Browser.html(ana.browser().submit(q1, q1 + "/posts",
                Map.of("body", "", "key", UUID.randomUUID().toString())));
        assertEquals("uk", refused.selectFirst("html").attr("lang"));
        assertTrue(refused.select(".error-summary, .field-error").text()
                .contains("Напишіть відповідь, перш ніж публікувати."), refused.select("main").text());
    }

    @Test
    void classmatesReadingInTwoLanguagesEachSeeTheirOwnWordsAroundTheSamePost() {
        long post = answer(ben, "A mediator matters.");
        ana.browser().setCookie(PageTour.LANGUAGE_COOKIE, "uk");
        Document ukrainian = ana.browser().page(q1);
        Document english = cy.browser().page(q1);
        Document ukrainianAgain = ana.browser().page(q1);
        assertEquals("Відповісти Ben R", actions(ukrainian, post));
        assertEquals("Reply to Ben R", actions(english, post));
        assertEquals("Відповісти Ben R", actions(ukrainianAgain, post), "the shared render keeps languages apart");
    }

    @Test
    void theBundledQuestionIsShownInUkrainianUnderItsEnglishOriginal() {
        ana.browser().setCookie(PageTour.LANGUAGE_COOKIE, "uk");
        Document ukrainian = ana.browser().page(q1);
        Document english = cy.browser().page(q1);
        assertEquals("en", ukrainian.selectFirst("h1.question-heading").attr("lang"));
        assertTrue(ukrainian.selectFirst("h1.question-heading").text().startsWith("Was Zelensky right"));
        assertEquals("uk", ukrainian.selectFirst(".question-translation").attr("lang"));
        assertTrue(ukrainian.selectFirst(".question-translation").text().startsWith("Чи правильно вчинив Зеленський"),
                ukrainian.selectFirst(".question-translation").text());
        assertTrue(english.select(".question-translation").isEmpty(), "an English reader reads the original only");
    }

    @Test
    void inAnAnonymousClassEachReaderReadsThePseudonymInTheirLanguage() {
        anonymous(true);
        fixtures.pseudonym(c.id(), ben.id(), "Amber Heron");
        long post = answer(ben, "Under a pseudonym.");
        ana.browser().setCookie(PageTour.LANGUAGE_COOKIE, "uk");
        String inUkrainian = ana.browser().page(q1).selectFirst("#post-" + post + "-author").text();
        String inEnglish = cy.browser().page(q1).selectFirst("#post-" + post + "-author").text();
        assertEquals("Amber Heron", inEnglish);
        assertEquals("Бурштинова Чапля", inUkrainian);
    }

    private static String actions(Document page, long post) {
        return page.selectFirst("#post-" + post + " .post-actions a").text();
    }
}
