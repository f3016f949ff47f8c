package org.roundtable.article;

import java.time.LocalDate;
import java.util.List;

/**
 * An article as the review page shows it, before it is published: what one of the ways in (pasted text, a saved
 * page, a web address, the article Markdown format) found, and what the teacher then corrects. Every field may be
 * missing or wrong; publishing writes the draft in the article Markdown format ({@code DraftMarkdown}) and parses
 * that, so a draft obeys exactly the rules of an imported file.
 *
 * @param date           null when none was found
 * @param readingMinutes null when none was found (publishing estimates it)
 * @param url            the original address, or null
 * @param notes          what the teacher should know about the guess, e.g. that no questions were found
 */
public record ArticleDraft(String title, String dek, LocalDate date, Integer readingMinutes, String source,
        String url, List<Section> sections, List<Question> questions, List<Term> terms, List<String> notes) {

    public ArticleDraft {
        sections = List.copyOf(sections);
        questions = List.copyOf(questions);
        terms = List.copyOf(terms);
        notes = List.copyOf(notes);
    }

    /** One section: its heading as plain text, its body in Markdown (paragraphs, lists, quotes, links). */
    public record Section(String heading, String markdown) {
    }

    /** A thought question; {@code stance}: it asks readers to agree, disagree or stay unsure. */
    public record Question(String text, boolean stance) {
    }

    /**
     * A who's-who entry: a person, place, organisation or term with a one-line explanation.
     *
     * @param introducedBy the phrase of the article that introduced it ("Defense Minister Rustem Umerov"), shown
     *                     on the review page beside a suggestion; null for entries the teacher wrote
     */
    public record Term(String term, String explanation, String introducedBy) {
    }

    public ArticleDraft withTerms(List<Term> newTerms) {
        return new ArticleDraft(title, dek, date, readingMinutes, source, url, sections, questions, newTerms, notes);
    }

    public ArticleDraft withNotes(List<String> newNotes) {
        return new ArticleDraft(title, dek, date, readingMinutes, source, url, sections, questions, terms, newNotes);
    }

    public ArticleDraft withUrl(String newUrl) {
        return new ArticleDraft(title, dek, date, readingMinutes, source, newUrl, sections, questions, terms, notes);
    }
}
