package org.roundtable.article;

/**
 * One entry of an article's "Who’s who and key terms" list.
 *
 * @param term        plain text, e.g. "Rustem Umerov"
 * @param explanation plain text, one line
 */
public record ParsedTerm(String term, String explanation) {
}
