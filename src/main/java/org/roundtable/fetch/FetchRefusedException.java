package org.roundtable.fetch;

import java.util.Locale;
import java.util.function.Function;

import org.roundtable.Plurals;
import org.roundtable.article.ArticleMsg;
import org.roundtable.article.ArticleWords;

/**
 * A web address that was not fetched, or a page that was not read; the message is written for the teacher who
 * typed the address and can be shown as it is: in English as its message, in the reader's language as its
 * localized message.
 */
public class FetchRefusedException extends Exception {

    /** The refusals that need no number, each with its message. */
    enum Reason {

        NOT_A_WEB_ADDRESS(ArticleMsg::fetchNotAWebAddress), PRIVATE_NETWORK(ArticleMsg::fetchPrivateNetwork), PORT(
                ArticleMsg::fetchPort), UNKNOWN_HOST(
                        ArticleMsg::fetchUnknownHost), UNREACHABLE(ArticleMsg::fetchUnreachable), TOO_LARGE(
                                ArticleMsg::fetchTooLarge), NOT_A_PAGE(ArticleMsg::fetchNotAPage), TOO_MANY_REDIRECTS(
                                        ArticleMsg::fetchTooManyRedirects), BAD_ANSWER(
                                                ArticleMsg::fetchBadAnswer), CERTIFICATE(ArticleMsg::fetchCertificate);

        /** In English, the exception's own message; {@link FetchRefusedException#getLocalizedMessage} is the reader's. */
        final String message;
        final Function<ArticleMsg, String> words;

        Reason(Function<ArticleMsg, String> words) {
            this.words = words;
            this.message = words.apply(ArticleWords.english());
        }
    }

    private final transient Function<ArticleMsg, String> message;

    FetchRefusedException(Reason reason) {
        super(reason.message);
        this.message = reason.words;
    }

    FetchRefusedException(Reason reason, Throwable cause) {
        super(reason.message, cause);
        this.message = reason.words;
    }

    private FetchRefusedException(Function<ArticleMsg, String> message) {
        super(message.apply(ArticleWords.english()));
        this.message = message;
    }

    /** The refusal in the language being spoken, for the teacher who typed the address. */
    @Override
    public String getLocalizedMessage() {
        return message.apply(ArticleWords.now());
    }

    static FetchRefusedException tooSlow(long seconds) {
        return new FetchRefusedException(words -> words.fetchTooSlow(Plurals.format(
                words == ArticleWords.english() ? Locale.ENGLISH : ArticleWords.locale(), words.fetchSeconds(),
                seconds)));
    }

    static FetchRefusedException status(int status) {
        return new FetchRefusedException(words -> status == 401 || status == 403
                ? words.fetchStatusNotPublic(String.valueOf(status))
                : words.fetchStatus(String.valueOf(status)));
    }
}
