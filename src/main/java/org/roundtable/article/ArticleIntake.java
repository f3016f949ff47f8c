package org.roundtable.article;

import java.util.regex.Pattern;

import org.roundtable.fetch.ArticleFetcher;
import org.roundtable.fetch.FetchRefusedException;
import org.roundtable.fetch.FetchedPage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

/**
 * Every way an article comes in, as a draft for the review page: a web address (fetched, then read as a saved page
 * or as pasted text), a saved web page (an .html file, or its source pasted), or text as copied from a web page. Such
 * a draft gets who's-who suggestions; text in the article format is read as written ({@link DraftMarkdown}), so that
 * an article downloaded and imported again is the same article. Once reviewed, the draft is published
 * ({@link ArticlePublishing}).
 */
@ApplicationScoped
public class ArticleIntake {

    /** Pasted text that is a page's HTML source rather than what the page shows. */
    private static final Pattern HTML_SOURCE = Pattern.compile("(?is)^\\s*(<!doctype\\s+html|<html[\\s>]|<head[\\s>])");

    private final ArticleFetcher fetcher;
    private final ArticlePublishing publishing;

    ArticleIntake(ArticleFetcher fetcher, ArticlePublishing publishing) {
        this.fetcher = fetcher;
        this.publishing = publishing;
    }

    /** The reviewed draft, published by the teacher {@code importerId}, or the review page again with why not. */
    Response publish(ArticleReviewForm form, long importerId) {
        return publishing.publish(form, importerId);
    }

    /** The page at a web address, read. */
    ArticleDraft fromAddress(String address) throws FetchRefusedException {
        FetchedPage page = fetcher.fetch(address);
        ArticleDraft draft = page.isHtml() ? SavedPage.read(page.body(), page.url())
                : PastedText.read(page.body()).withUrl(page.url());
        return suggested(draft.url() == null ? draft.withUrl(page.url()) : draft);
    }

    /** A saved page's HTML, from a file or pasted. */
    ArticleDraft fromPage(String html) {
        return suggested(SavedPage.read(html, null));
    }

    /** Text that is neither the article format nor a page's source: as copied from what a page shows. */
    ArticleDraft fromPastedText(String text) {
        return suggested(PastedText.read(text));
    }

    static boolean isPageSource(String text) {
        return HTML_SOURCE.matcher(text).find();
    }

    static boolean isArticleFormat(String text) {
        return text.stripLeading().startsWith("# ");
    }

    private static ArticleDraft suggested(ArticleDraft draft) {
        return draft.terms().isEmpty() ? draft.withTerms(GlossarySuggestions.suggest(draft)) : draft;
    }
}
