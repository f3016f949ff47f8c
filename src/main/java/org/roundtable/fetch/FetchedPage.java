package org.roundtable.fetch;

/**
 * A web page as {@link ArticleFetcher} read it.
 *
 * @param body        the page's text, decoded with the charset the server or the page named (UTF-8 otherwise)
 * @param contentType the media type without parameters, e.g. {@code text/html}
 * @param url         the address the page was finally read from, after redirects
 */
public record FetchedPage(String body, String contentType, String url) {

    public boolean isHtml() {
        return !contentType.equals("text/plain");
    }
}
