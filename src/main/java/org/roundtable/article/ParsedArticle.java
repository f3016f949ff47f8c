package org.roundtable.article;

import java.time.LocalDate;
import java.util.List;

/**
 * An article read from the article Markdown format; all text fields are plain text, never HTML.
 *
 * @param url   the original address ({@code url:} line), or null
 * @param terms the "Who’s who and key terms" list, empty when the article has none
 */
public record ParsedArticle(String slug, String title, String dek, LocalDate publishedOn,
        int readingMinutes, String source, String url, List<ParsedSection> sections, List<ParsedQuestion> questions,
        List<ParsedTerm> terms) {

    public ParsedArticle {
        sections = List.copyOf(sections);
        questions = List.copyOf(questions);
        terms = List.copyOf(terms);
    }
}
