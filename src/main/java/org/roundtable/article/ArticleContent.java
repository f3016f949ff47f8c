package org.roundtable.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An article as pages read it: immutable, so it is loaded once and cached
 * (see {@link ArticleLibrary}) instead of queried on every page view. An edit makes a new one, of a higher
 * {@code revision}. {@code language} is the tag of the language it is written in, for the {@code lang} of its text.
 */
public record ArticleContent(long id, int revision, String slug, String title, String dek, LocalDate publishedOn,
        int readingMinutes, String source, String url, List<Section> sections, List<QuestionView> questions,
        List<Term> terms, String language) {

    /** A section; {@code html} carries its paragraphs' ids ({@link Paragraphs}). */
    public record Section(long id, int position, String anchor, String heading, String html,
            List<Paragraph> paragraphs) {

        public Paragraph paragraph(int number) {
            return number >= 1 && number <= paragraphs.size() ? paragraphs.get(number - 1) : null;
        }

        /**
         * This section's HTML with the quoted paragraphs marked and counted, for the teacher's view.
         *
         * @param counts paragraph anchor → what to say above it ("Quoted in 2 posts")
         */
        public String highlighted(Map<String, String> counts) {
            return counts.isEmpty() ? html : Paragraphs.highlighted(html, counts);
        }
    }

    /** One top-level block of a section, as quotes are matched against it: its number from 1, its element id, text. */
    public record Paragraph(int number, String anchor, String text) {
    }

    /** A question; {@code translations}: language tag → its text in that language, where it has one. */
    public record QuestionView(long id, int position, String text, boolean stanceEnabled,
            Map<String, String> translations) {

        /** {@code q.translation(inject:language.tag)}: its text in that language, or null. */
        public String translation(String language) {
            return translations.get(language);
        }
    }

    /** A who's-who entry; {@code anchor} is its element id in the article's "Who’s who and key terms" list. */
    public record Term(String anchor, String term, String explanation) {

        static List<Term> listOf(List<ParsedTerm> parsed) {
            List<Term> terms = new ArrayList<>();
            for (int i = 0; i < parsed.size(); i++) {
                terms.add(new Term("term-" + (i + 1), parsed.get(i).term(), parsed.get(i).explanation()));
            }
            return List.copyOf(terms);
        }
    }

    public Section section(Long sectionId) {
        if (sectionId == null) {
            return null;
        }
        return sections.stream().filter(s -> s.id() == sectionId).findFirst().orElse(null);
    }

    /** The question as this article shows it, translations included; a class's own question as written. */
    public QuestionView viewOf(Question question) {
        QuestionView shown = question(question.id);
        return shown != null ? shown : question.view();
    }

    public QuestionView question(long questionId) {
        return questions.stream().filter(q -> q.id() == questionId).findFirst().orElse(null);
    }
}
