package org.roundtable.article;

import java.time.LocalDate;
import java.util.List;

/** An article read from the article Markdown format; all text fields are plain text, never HTML. */
public record ParsedArticle(String slug, String title, String dek, LocalDate publishedOn,
        int readingMinutes, String source, List<ParsedSection> sections, List<ParsedQuestion> questions) {

    public ParsedArticle {
        sections = List.copyOf(sections);
        questions = List.copyOf(questions);
    }
}
