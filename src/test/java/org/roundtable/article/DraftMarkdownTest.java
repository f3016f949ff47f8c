package org.roundtable.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class DraftMarkdownTest {

    @Test
    void theBundledArticleReadAndWrittenParsesToTheSameArticle() throws ArticleFormatException {
        String original = ArticleImportTest.bundledText();
        ArticleDraft draft = DraftMarkdown.read(original);
        assertEquals(List.of(), draft.notes());
        assertEquals(8, draft.sections().size());
        assertTrue(draft.sections().get(2).markdown().startsWith("The absence of Zelensky"));
        assertTrue(draft.sections().get(2).markdown().contains("\n\n- **Zelensky’s Stance:**"), "source kept");
        String written = DraftMarkdown.written(draft, DraftReader.slug(original)).markdown();
        assertEquals(ArticleMarkdown.parse(original), ArticleMarkdown.parse(written));
    }

    @Test
    void oneLineValuesReadBackAsTyped() throws ArticleFormatException {
        String tricky = "*Not* _emphasis_ [stance] <b>&amp; `code` # \\ end #";
        ArticleDraft draft = new ArticleDraft(tricky, tricky, LocalDate.of(2025, 1, 2), 4, tricky, null,
                List.of(new ArticleDraft.Section(tricky, "Body *with* markup.")),
                List.of(new ArticleDraft.Question("1. - " + tricky, false),
                        new ArticleDraft.Question("2. Is it?", true)),
                List.of(), List.of());
        ParsedArticle parsed = ArticleMarkdown.parse(DraftMarkdown.write(draft));
        assertEquals(tricky, parsed.title());
        assertEquals(tricky, parsed.dek());
        assertEquals(tricky, parsed.source());
        assertEquals(tricky, parsed.sections().get(0).heading());
        assertEquals(new ParsedQuestion("1. - " + tricky, false), parsed.questions().get(0));
        assertEquals(new ParsedQuestion("2. Is it?", true), parsed.questions().get(1));
        assertEquals(4, parsed.readingMinutes());
    }

    @Test
    void theWhosWhoAndAddressAreWrittenAndReadBack() {
        ArticleDraft draft = new ArticleDraft("T", null, LocalDate.of(2025, 1, 2), null, null,
                "https://example.org/a", List.of(new ArticleDraft.Section("S", "Text.")),
                List.of(new ArticleDraft.Question("Why?", false)),
                List.of(new ArticleDraft.Term("Rustem *Umerov*", "Ukraine's defence minister", "Defense Minister"),
                        new ArticleDraft.Term("Nobody", " ", null)),
                List.of());
        String written = DraftMarkdown.write(draft);
        assertTrue(written.contains("url: https://example.org/a\n"), written);
        assertTrue(
                written.contains(
                        "## Who’s who and key terms\n\n- **Rustem \\*Umerov\\***: Ukraine's defence minister\n"),
                written);
        assertTrue(!written.contains("Nobody"), "an entry without an explanation is dropped");
        ArticleDraft read = DraftMarkdown.read(written);
        assertEquals("https://example.org/a", read.url());
        assertEquals(List.of(new ArticleDraft.Term("Rustem *Umerov*", "Ukraine's defence minister", null)),
                read.terms());
        assertEquals(List.of(new ArticleDraft.Section("S", "Text.")), read.sections());
    }

    @Test
    void whatIsMissingBecomesANote() {
        ArticleDraft draft = DraftMarkdown.read("# Only a title\n\ndate: soon\n\nSome text.\n");
        assertEquals("Only a title", draft.title());
        assertEquals(List.of(new ArticleDraft.Section("", "Some text.")), draft.sections());
        assertEquals(List.of("The date 'soon' is not written yyyy-MM-dd: enter it again.",
                "The text before the first section heading is a section of its own: give it a heading.",
                "No thought questions were found: add at least one."), draft.notes());
    }
}
