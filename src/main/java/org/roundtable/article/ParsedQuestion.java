package org.roundtable.article;

/**
 * One thought question of an article.
 *
 * @param text          plain-text question, without the {@code [stance]} marker
 * @param stanceEnabled the question asks readers to take a position
 */
public record ParsedQuestion(String text, boolean stanceEnabled) {
}
