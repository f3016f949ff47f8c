package org.roundtable.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.account.Account;
import org.roundtable.classroom.Assignment;
import org.roundtable.classroom.Classroom;
import org.roundtable.classroom.Discussion;
import org.roundtable.classroom.JoinCodes;
import org.roundtable.discussion.Post;
import org.roundtable.moderation.ModerationAction;
import org.roundtable.support.FreshData;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * Editing a published article: sections and questions keep their rows, so posts still cite the same section and a
 * class's discussion stays with its question; what posts or discussions use cannot be taken away; every class that
 * assigned the article has the change in its audit log; the next page shows the new text.
 */
@QuarkusTest
class ArticleRevisionTest extends FreshData {

    static final String ORIGINAL = """
            # Rivers in the City

            slug: rivers-in-the-city
            date: 2026-11-30

            ## Under the streets

            Many cities buried their rivers.

            ## Daylighting

            Some dig them up again.

            ## Costs

            It is expensive.

            ## Thought Questions

            1. Should our city dig up its river?
            2. Who should pay?
            """;

    @Inject
    ArticleLibrary library;

    long articleId;
    long teacherId;
    long classId;
    long discussionId;
    List<Long> sections;

    @BeforeEach
    void publishAndAssign() {
        teacherId = fixtures.teacher("rivera", "Ms Rivera", "a long password", false);
        QuarkusTransaction.requiringNew().run(() -> {
            Article article = library.publish(parse(ORIGINAL), ORIGINAL, List.of(false, false));
            articleId = article.id;
            Classroom classroom = Classroom.create("Geography", JoinCodes.newUniqueJoinCode(),
                    Account.findById(teacherId), 0, article.createdAt);
            classId = classroom.id;
            Assignment assignment = Assignment.create(classroom, article, article.createdAt);
            discussionId = Discussion.open(assignment, Question.listFor(article).get(0)).id;
            sections = ArticleSection.listFor(article).stream().map(s -> s.id).toList();
        });
        long student = fixtures.enrol(classId, "Ana", "ana-code");
        QuarkusTransaction.requiringNew().run(() -> {
            long post = fixtures.post(discussionId, student, null, "Yes, it floods anyway.");
            Post.<Post>findById(post).section = ArticleSection.findById(sections.get(1));
        });
    }

    @AfterEach
    void removeArticle() {
        fixtures.reset();
        QuarkusTransaction.requiringNew().run(() -> Article.deleteById(articleId));
    }

    @Test
    void anEditKeepsTheCitedSectionAndTheDiscussedQuestionAndIsInTheClassLog() throws Exception {
        library.get(articleId);
        String edited = ORIGINAL.replace("## Daylighting", "## Daylighting rivers")
                .replace("It is expensive.", "It is expensive, and slow.")
                .replace("Who should pay?", "Who should pay for it?")
                .replace("## Thought Questions", "## Who pays\n\nThe city, mostly.\n\n## Thought Questions");

        List<String> changes = revise(edited);

        assertTrue(changes.contains("Section 2’s heading: “Daylighting” → “Daylighting rivers”"), changes.toString());
        assertTrue(changes.contains("The text of the section “Costs”"), changes.toString());
        assertTrue(changes.contains("Added the section “Who pays”"), changes.toString());
        assertTrue(changes.contains("Question 2: “Who should pay?” → “Who should pay for it?”"), changes.toString());
        ArticleContent now = library.get(articleId);
        assertEquals(2, now.revision());
        assertEquals(sections.get(1), now.sections().get(1).id(), "the cited section keeps its row");
        assertEquals("Daylighting rivers", now.sections().get(1).heading(), "and the page shows the new heading");
        assertEquals(4, now.sections().size());
        assertEquals("Should our city dig up its river?", QuarkusTransaction.requiringNew()
                .call(() -> Discussion.findWithQuestion(discussionId).question.text));
        List<ModerationAction> log = QuarkusTransaction.requiringNew().call(() -> ModerationAction.listFor(classId));
        assertEquals(ModerationAction.Kind.EDIT_ARTICLE, log.get(0).action);
        assertEquals("Ms Rivera", log.get(0).actorName);
        assertTrue(log.get(0).reason.startsWith("“Rivers in the City”: "), log.get(0).reason);
    }

    @Test
    void aSectionThatPostsCiteCannotBeTakenAway() {
        String without = ORIGINAL.replace("## Daylighting\n\nSome dig them up again.\n\n", "");
        ArticleRevisionException refused = assertThrows(ArticleRevisionException.class, () -> revise(without));
        assertEquals("The section “Daylighting” is cited in 1 post, so it stays: change its heading or text instead.",
                refused.getMessage());
        assertEquals(3, library.get(articleId).sections().size(), "nothing changed");
    }

    @Test
    void aSectionNoPostCitesCanGoAndTheOthersKeepTheirRows() throws Exception {
        List<String> changes = revise(ORIGINAL.replace("## Costs\n\nIt is expensive.\n\n", ""));
        assertEquals(List.of("Removed the section “Costs”"), changes);
        assertEquals(sections.subList(0, 2), library.get(articleId).sections().stream()
                .map(ArticleContent.Section::id).toList());
    }

    @Test
    void aQuestionAClassDiscussesCannotBeTakenAwayButOneNobodyDiscussesCan() throws Exception {
        assertThrows(ArticleRevisionException.class,
                () -> revise(ORIGINAL.replace("1. Should our city dig up its river?\n2. Who should pay?",
                        "1. Who should pay?")));
        List<String> changes = revise(ORIGINAL.replace("2. Who should pay?\n", ""));
        assertEquals(List.of("Removed question 2"), changes);
        assertEquals(1, library.get(articleId).questions().size());
    }

    @Test
    void anEditThatChangesNothingIsNotLogged() throws Exception {
        assertEquals(List.of(), revise(ORIGINAL));
        assertEquals(1, library.get(articleId).revision());
        assertEquals(List.of(), QuarkusTransaction.requiringNew().call(() -> ModerationAction.listFor(classId)));
    }

    private List<String> revise(String markdown) throws Exception {
        ParsedArticle parsed = parse(markdown);
        List<Boolean> stances = parsed.questions().stream().map(ParsedQuestion::stanceEnabled).toList();
        return library.revise(articleId, parsed, markdown, stances, teacherId);
    }

    private static ParsedArticle parse(String markdown) {
        try {
            return ArticleMarkdown.parse(markdown);
        } catch (ArticleFormatException e) {
            throw new AssertionError(e);
        }
    }
}
