package org.roundtable.article;

import java.time.LocalDate;
import java.util.List;

/**
 * An article on its way in, before the teacher has reviewed it: what a paste, a saved page or a web address
 * gave, every part plain text or Markdown, nothing published yet. The review page edits it; publishing writes
 * it in the article format ({@link #toMarkdown()}) and parses that as any imported article.
 *
 * @param title          the title, plain text; may be blank when nothing looked like one
 * @param dek            a one-line subtitle, or blank
 * @param date           the article's date, or null when none was found
 * @param readingMinutes minutes to read, or null to estimate at publishing
 * @param source         the attribution line, or blank
 * @param url            the address the article was fetched from or names as its own, or blank
 * @param sections       the sections in order, each a heading and a Markdown body
 * @param questions      the thought questions in order
 * @param notes          what the reading guessed or could not find, for the review page to say
 */
public record ArticleDraft(String title, String dek, LocalDate date, Integer readingMinutes, String source,
        String url, List<Section> sections, List<Question> questions, List<String> notes) {

    /** One section: a plain-text heading and its body in Markdown (paragraphs, lists, quotes, links). */
    public record Section(String heading, String markdown) {
    }

    /** One thought question, plain text, and whether it asks readers to take a stance. */
    public record Question(String text, boolean stance) {
    }

    public ArticleDraft {
        title = title == null ? "" : title.strip();
        dek = dek == null ? "" : dek.strip();
        source = source == null ? "" : source.strip();
        url = url == null ? "" : url.strip();
        sections = List.copyOf(sections);
        questions = List.copyOf(questions);
        notes = List.copyOf(notes);
    }
}
