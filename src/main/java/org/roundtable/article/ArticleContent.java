package org.roundtable.article;

import java.time.LocalDate;
import java.util.List;

/**
 * An article as pages read it: immutable, so it is loaded once and cached
 * (see {@link ArticleLibrary}) instead of queried on every page view.
 */
public record ArticleContent(long id, String slug, String title, String dek, LocalDate publishedOn,
        int readingMinutes, String source, List<Section> sections, List<QuestionView> questions) {

    public record Section(long id, int position, String anchor, String heading, String html) {
    }

    public record QuestionView(long id, int position, String text, boolean stanceEnabled) {
    }

    public Section section(Long sectionId) {
        if (sectionId == null) {
            return null;
        }
        return sections.stream().filter(s -> s.id() == sectionId).findFirst().orElse(null);
    }

    public QuestionView question(long questionId) {
        return questions.stream().filter(q -> q.id() == questionId).findFirst().orElse(null);
    }
}
