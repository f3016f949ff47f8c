package org.roundtable.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PastedTextTest {

    private static final String PARAGRAPH = "The council met on Tuesday and voted to keep the library open for "
            + "another year, after weeks of debate among residents.";
    private static final String OTHER = "Residents who spoke at the meeting said the library is the only quiet "
            + "place in town where students can study after school.";

    private static List<String> headings(ArticleDraft draft) {
        return draft.sections().stream().map(ArticleDraft.Section::heading).toList();
    }

    private static List<String> questions(ArticleDraft draft) {
        return draft.questions().stream().map(ArticleDraft.Question::text).toList();
    }

    /** The draft's section {@code i} as the published article renders it. */
    private static Document rendered(ArticleDraft draft, int i) throws ArticleFormatException {
        ParsedArticle article = ArticleMarkdown.parse(PastedDrafts.asMarkdown(draft));
        return Jsoup.parseBodyFragment(article.sections().get(i).html());
    }

    private static String article(String body) {
        return "Library Stays Open\n\nMay 15, 2025 · 3 min read\n\n" + body
                + "\n\nThought questions\n\n1. Should the library stay open?\n";
    }

    @Test
    void textWithoutHeadingsIsOneSectionWithANote() {
        ArticleDraft draft = PastedText.read(article(PARAGRAPH + "\n\n" + OTHER));
        assertEquals(List.of(PastedSections.WHOLE_HEADING), headings(draft));
        assertTrue(draft.sections().get(0).markdown().contains(OTHER));
        assertTrue(draft.notes().stream().anyMatch(n -> n.startsWith("No section headings were found")));
    }

    @Test
    void textWithoutQuestionsHasANoteAndKeepsItsSections() {
        ArticleDraft draft = PastedText.read("Library Stays Open\n\n2025-05-15\n\nThe Vote\n\n" + PARAGRAPH);
        assertEquals(List.of(), draft.questions());
        assertEquals(List.of("The Vote"), headings(draft));
        assertTrue(draft.notes().contains("No thought questions were found: add them below."));
        assertEquals(LocalDate.of(2025, 5, 15), draft.date());
        assertTrue(draft.notes().stream().anyMatch(n -> n.startsWith("No reading time was found")));
    }

    @Test
    void discussionQuestionsWithBulletsBecomeTheQuestions() {
        ArticleDraft draft = PastedText.read("Library Stays Open\n\nThe Vote\n\n" + PARAGRAPH
                + "\n\nDISCUSSION QUESTIONS:\n\n\u2022 Why did the council vote this way?\n"
                + "- Who uses the library most?\n* What would you have voted?\n");
        assertEquals(List.of("Why did the council vote this way?", "Who uses the library most?",
                "What would you have voted?"), questions(draft));
        assertEquals(List.of("The Vote"), headings(draft));
        assertFalse(draft.sections().get(0).markdown().contains("DISCUSSION"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Questions for readers", "Questions to consider", "Thought Questions for Readers", "thought questions" })
    void questionHeadingsAreRecognisedInAnyCase(String heading) {
        ArticleDraft draft = PastedText.read("Title\n\nThe Vote\n\n" + PARAGRAPH + "\n\n" + heading
                + "\n\n1) First question?\n2) Second question?");
        assertEquals(List.of("First question?", "Second question?"), questions(draft));
    }

    @Test
    void numberedAndBulletedListsInABodyStayLists() throws ArticleFormatException {
        ArticleDraft draft = PastedText.read(article("The Vote\n\n" + PARAGRAPH
                + "\n\n1. Keep the hours.\n2) Hire a librarian.\n3. Fix the roof.\n\n" + OTHER
                + "\n\n\u2013 One point\n\u2013 Another point"));
        Document html = rendered(draft, 0);
        assertEquals(3, html.select("ol > li").size());
        assertEquals("Hire a librarian.", html.select("ol > li").get(1).text());
        assertEquals(2, html.select("ul > li").size());
        assertEquals(2, html.select("p").size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "May 15, 2025|2025-05-15", "15 May 2025|2025-05-15", "Published Sept. 3, 2024|2024-09-03",
            "2025-05-15T10:00:00Z|2025-05-15", "5/15/2025|2025-05-15", "15/5/2025|2025-05-15",
            "Updated March 1st, 2024, 6-minute read|2024-03-01" })
    void datesInTheirUsualShapes(String line, LocalDate expected) {
        ArticleDraft draft = PastedText.read("Library Stays Open\n\n" + line + "\n\nThe Vote\n\n" + PARAGRAPH);
        assertEquals(expected, draft.date());
        assertEquals(List.of("The Vote"), headings(draft));
    }

    @Test
    void readingTimeShapes() {
        assertEquals(6, PastedText.read("Title\n6-minute read\n\n" + PARAGRAPH).readingMinutes());
        assertEquals(3, PastedText.read("Title\n3 min read\n\n" + PARAGRAPH).readingMinutes());
        assertEquals(12, PastedText.read("Title\n12 minutes read\n\n" + PARAGRAPH).readingMinutes());
    }

    @Test
    void webPageDebrisAloneOnALineIsDropped() {
        ArticleDraft draft = PastedText.read(article("Share\n\nThe Vote\n\nAdvertisement\n\n" + PARAGRAPH
                + "\n\nPhoto: Jane Doe/Reuters\nRead more\nSubscribe\nSign up\nListen to this article \u00B7 4 min"
                + "\nFollow us\nWe use cookies to improve your experience. Accept all cookies\n\n" + OTHER));
        assertEquals(List.of("The Vote"), headings(draft));
        String body = draft.sections().get(0).markdown();
        assertEquals(PARAGRAPH + "\n\n" + OTHER, body);
    }

    @Test
    void debrisWordsInsideASentenceStay() {
        String sentence = "Readers can share the petition or subscribe to updates from the council.";
        ArticleDraft draft = PastedText.read(article("The Vote\n\n" + PARAGRAPH + "\n\n" + sentence));
        assertTrue(draft.sections().get(0).markdown().contains(sentence));
    }

    @Test
    void aParagraphStartingWithAYearStaysText() throws ArticleFormatException {
        String year = "1986. That was the year the library first opened its doors.";
        ArticleDraft draft = PastedText.read(article("The History\n\n" + year + "\n\n" + PARAGRAPH));
        Document html = rendered(draft, 0);
        assertTrue(html.select("ol, ul").isEmpty());
        assertEquals(year, html.select("p").first().text());
    }

    @Test
    void markdownCharactersAreShownAsWritten() throws ArticleFormatException {
        String odd = "# 5 * 3 = 15, snake_case_name, [link](x) <b>bold</b> & `code` \\ back";
        ArticleDraft draft = PastedText.read(article("The Vote\n\n" + PARAGRAPH + "\n\n" + odd + "\n\n- 1. item"));
        Document html = rendered(draft, 0);
        assertEquals(odd, html.select("p").get(1).text());
        assertTrue(html.select("em, strong, a, b, code, h1").isEmpty());
        assertEquals("1. item", html.select("ul > li").text());
    }

    @Test
    void aShortLineNotFollowedByAParagraphIsNotAHeading() {
        ArticleDraft draft = PastedText.read(article("The Vote\n\n" + PARAGRAPH + "\n\nThe town hall in winter"));
        assertEquals(List.of("The Vote"), headings(draft));
        assertTrue(draft.sections().get(0).markdown().endsWith("\n\nThe town hall in winter"));
    }

    @Test
    void textBeforeTheFirstHeadingIsTheDekOrAnIntroduction() {
        ArticleDraft dek = PastedText.read(article("A small town fights for its books.\n\nThe Vote\n\n" + PARAGRAPH));
        assertEquals("A small town fights for its books.", dek.dek());
        assertEquals(List.of("The Vote"), headings(dek));

        ArticleDraft intro = PastedText.read(article(PARAGRAPH + "\n\n" + OTHER + "\n\nThe Vote\n\n" + PARAGRAPH));
        assertNull(intro.dek());
        assertEquals(List.of(PastedSections.LEAD_HEADING, "The Vote"), headings(intro));
    }

    @Test
    void windowsLineEndingsReadLikeUnixOnes() {
        String unix = article("The Vote\n\n" + PARAGRAPH + "\n\n\u2022 One\n\u2022 Two");
        ArticleDraft windows = PastedText.read(unix.replace("\n", "\r\n"));
        assertEquals(PastedText.read(unix), windows);
        assertEquals("Library Stays Open", windows.title());
        assertEquals(3, windows.readingMinutes());
        assertFalse(windows.sections().get(0).markdown().contains("\r"));
    }

    @Test
    void hardWrappedParagraphsAreJoined() {
        ArticleDraft draft = PastedText.read(article("The Vote\n\nThe council met on Tuesday and voted\n"
                + "to keep the library open for another\nyear.\n" + OTHER));
        assertEquals(List.of("The Vote"), headings(draft));
        assertEquals("The council met on Tuesday and voted to keep the library open for another year.\n\n" + OTHER,
                draft.sections().get(0).markdown());
    }

    @Test
    void anEmptyPasteIsADraftWithNotes() {
        for (String empty : new String[] { "", "  \n\r\n\t", null }) {
            ArticleDraft draft = PastedText.read(empty);
            assertNull(draft.title());
            assertEquals(List.of(), draft.sections());
            assertEquals(List.of(), draft.questions());
            assertTrue(draft.notes().get(0).startsWith("The pasted text is empty"));
            assertTrue(draft.notes().contains("No thought questions were found: add them below."));
        }
    }

    @Test
    void veryLongInputIsReadInBoundedTime() {
        String block = "Heading Number\n\n" + PARAGRAPH + "\n\nwrapped line without an end\n";
        String lines = block.repeat(300_000 / block.length());
        String oneLine = "word ".repeat(60_000);
        String wrapped = "a line that never ends its sentence\n".repeat(8_000);
        for (String text : new String[] { lines, oneLine, wrapped }) {
            assertTrue(text.length() > 200_000);
            ArticleDraft draft = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> PastedText.read(text));
            assertTrue(draft.notes().stream().anyMatch(n -> n.contains("only its beginning was read")));
            int chars = draft.sections().stream().mapToInt(s -> s.markdown().length()).sum();
            assertTrue(chars < ArticleMarkdown.MAX_INPUT_CHARS);
        }
    }

    @Test
    void aTitleThatNamesADateStaysTheTitle() {
        ArticleDraft draft = PastedText.read("What the Council Decided on May 15, 2025 About the Library\n\n"
                + "By Jane Doe\n\n6 min read\n\nThe Vote\n\n" + PARAGRAPH);
        assertEquals("What the Council Decided on May 15, 2025 About the Library", draft.title());
        assertEquals("Jane Doe", draft.source());
        assertEquals(6, draft.readingMinutes());
        assertNull(draft.date());
        assertTrue(draft.notes().contains("No date was found: add the date the article was published."));
    }

    @Test
    void quotedLinesBecomeBlockQuotesAndAQuotedParagraphStaysAParagraph() throws ArticleFormatException {
        String said = "\u201CWe will not close the doors on our children,\u201D the mayor said.";
        ArticleDraft draft = PastedText.read(article("The Vote\n\n" + PARAGRAPH + "\n\n> Books are not a luxury."
                + "\n\n" + said));
        Document html = rendered(draft, 0);
        assertEquals("Books are not a luxury.", html.select("blockquote").text());
        assertEquals(said, html.select("body > p").last().text());
        assertEquals(List.of("The Vote"), headings(draft));
    }
}
