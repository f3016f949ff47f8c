package org.roundtable.fetch;

import org.roundtable.Plurals;

/**
 * A web address that was not fetched, or a page that was not read; the message is written for the teacher who
 * typed the address and can be shown as it is, in English. A page in another language says it from
 * {@link #reason()} and {@link #number()}.
 */
public class FetchRefusedException extends Exception {

    /** Why the address was refused, each with its English message; TOO_SLOW and STATUS come with a number. */
    public enum Reason {

        NOT_A_WEB_ADDRESS("That is not a web address (http or https)."), PRIVATE_NETWORK(
                "That address points into a private network; Roundtable only fetches public web pages."), PORT(
                        "Roundtable only fetches web pages on the usual ports (80 and 443)."), UNKNOWN_HOST(
                                "No site answers to that name; check the address."), UNREACHABLE(
                                        "The site could not be reached; check the address or try again later."), TOO_LARGE(
                                                "The page is larger than 5 MB."), NOT_A_PAGE(
                                                        "Only web pages (HTML or plain text) can be imported."), TOO_MANY_REDIRECTS(
                                                                "Too many redirects."), BAD_ANSWER(
                                                                        "The site sent an answer that is not a web page; try saving the page from the browser and "
                                                                                + "importing the file instead."), CERTIFICATE(
                                                                                        "The site's security certificate could not be checked, so the page was not read."), TOO_SLOW(
                                                                                                null), STATUS(null);

        final String message;

        Reason(String message) {
            this.message = message;
        }
    }

    private final Reason reason;
    private final long number;

    FetchRefusedException(Reason reason) {
        super(reason.message);
        this.reason = reason;
        this.number = 0;
    }

    FetchRefusedException(Reason reason, Throwable cause) {
        super(reason.message, cause);
        this.reason = reason;
        this.number = 0;
    }

    private FetchRefusedException(Reason reason, long number, String message) {
        super(message);
        this.reason = reason;
        this.number = number;
    }

    /** Why it was refused. */
    public Reason reason() {
        return reason;
    }

    /** The seconds waited, for TOO_SLOW; the site's status code, for STATUS; else 0. */
    public long number() {
        return number;
    }

    static FetchRefusedException tooSlow(long seconds) {
        return new FetchRefusedException(Reason.TOO_SLOW, seconds,
                "The page took longer than " + Plurals.of(seconds, "second") + ".");
    }

    static FetchRefusedException status(int status) {
        return new FetchRefusedException(Reason.STATUS, status, "The site answered with error " + status
                + (status == 401 || status == 403 ? " (the page is not public)." : "; check the address."));
    }
}
