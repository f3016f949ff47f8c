package org.roundtable.article;

import java.util.Collection;

/**
 * What the packages above know of an article's parts: posts cite its sections, classes discuss its questions. An
 * edit may not take away a part that is in use. The one interface of the article package with its implementation
 * elsewhere, because the article package is the bottom one and may not read the tables above it.
 */
public interface ArticleReferences {

    /** How many posts cite one of these sections. */
    long postsCiting(Collection<Long> sectionIds);

    /** How many discussions, in any class, are about one of these questions. */
    long discussionsOf(Collection<Long> questionIds);
}
