package org.roundtable.fetch;

/**
 * A web address that was not fetched, or a page that was not read; the message is written for the teacher who
 * typed the address and can be shown as it is.
 */
public class FetchRefusedException extends Exception {

    static final String NOT_A_WEB_ADDRESS = "That is not a web address (http or https).";
    static final String PRIVATE_NETWORK = "That address points into a private network; Roundtable only fetches "
            + "public web pages.";
    static final String PORT = "Roundtable only fetches web pages on the usual ports (80 and 443).";
    static final String UNKNOWN_HOST = "No site answers to that name; check the address.";
    static final String UNREACHABLE = "The site could not be reached; check the address or try again later.";
    static final String TOO_LARGE = "The page is larger than 5 MB.";
    static final String NOT_A_PAGE = "Only web pages (HTML or plain text) can be imported.";
    static final String TOO_MANY_REDIRECTS = "Too many redirects.";
    static final String BAD_ANSWER = "The site sent an answer that is not a web page; try saving the page "
            + "from the browser and importing the file instead.";
    static final String CERTIFICATE = "The site's security certificate could not be checked, so the page was "
            + "not read.";

    FetchRefusedException(String message) {
        super(message);
    }

    FetchRefusedException(String message, Throwable cause) {
        super(message, cause);
    }

    static FetchRefusedException tooSlow(long seconds) {
        return new FetchRefusedException(
                "The page took longer than " + seconds + (seconds == 1 ? " second." : " seconds."));
    }

    static FetchRefusedException status(int status) {
        return new FetchRefusedException("The site answered with error " + status
                + (status == 401 || status == 403 ? " (the page is not public)." : "; check the address."));
    }
}
