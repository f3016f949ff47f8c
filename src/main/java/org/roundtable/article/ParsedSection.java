package org.roundtable.article;

/**
 * One "## " section of an article.
 *
 * @param heading plain-text heading
 * @param anchor  URL fragment id, unique within the article and never empty
 * @param html    the section body, already sanitised and safe to embed
 */
public record ParsedSection(String heading, String anchor, String html) {
}
