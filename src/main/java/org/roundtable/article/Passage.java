package org.roundtable.article;

import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

/**
 * One paragraph of an article, as a quote points to it: its section and its number there, from 1 (the paragraph's
 * anchor in the article's HTML is made from both).
 */
@Embeddable
public record Passage(@ManyToOne(fetch = FetchType.LAZY, optional = false) ArticleSection section, int paragraph) {
}
