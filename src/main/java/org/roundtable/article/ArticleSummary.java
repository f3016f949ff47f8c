package org.roundtable.article;

import java.time.Instant;
import java.time.LocalDate;

/** One row of the teachers' article list: what an article is and how much it holds, without its text. */
public record ArticleSummary(long id, String title, LocalDate publishedOn, Instant createdAt, long sections,
        long questions) {
}
