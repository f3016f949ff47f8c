package org.roundtable.article;

import org.roundtable.Plurals;
import org.roundtable.fetch.FetchRefusedException;
import org.roundtable.language.Messages;

/** A refused web address as the import form says it, in the language being spoken. */
final class FetchRefusals {

    private FetchRefusals() {
    }

    static String shown(FetchRefusedException e) {
        IntakeMsg words = Messages.now(IntakeMsg.class);
        long number = e.number();
        return switch (e.reason()) {
            case NOT_A_WEB_ADDRESS -> words.fetchNotAWebAddress();
            case PRIVATE_NETWORK -> words.fetchPrivateNetwork();
            case PORT -> words.fetchPort();
            case UNKNOWN_HOST -> words.fetchUnknownHost();
            case UNREACHABLE -> words.fetchUnreachable();
            case TOO_LARGE -> words.fetchTooLarge();
            case NOT_A_PAGE -> words.fetchNotAPage();
            case TOO_MANY_REDIRECTS -> words.fetchTooManyRedirects();
            case BAD_ANSWER -> words.fetchBadAnswer();
            case CERTIFICATE -> words.fetchCertificate();
            case TOO_SLOW -> words.fetchTooSlow(Plurals.format(Messages.locale(), words.fetchSeconds(), number));
            case STATUS -> number == 401 || number == 403 ? words.fetchStatusNotPublic(String.valueOf(number))
                    : words.fetchStatus(String.valueOf(number));
        };
    }
}
