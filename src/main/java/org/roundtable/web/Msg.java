package org.roundtable.web;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words every page shares: the layout, the error pages, times. Each area has a bundle of its own beside its
 * code (discussion/DiscussionMsg...), so that no file holds every string. The English text is in
 * {@code messages/msg_en.properties}, the Ukrainian in {@code msg_uk.properties}; a template writes
 * {@code {msg:signOut}}, and a counted message {@code {msg:minutesAgo.count(n)}} (see Plurals).
 */
@MessageBundle(value = "msg", locale = "en")
public interface Msg {

    String brand();

    String skipToMain();

    String signedInAs();

    String whatsNew();

    String newCount();

    String yourAccount();

    String signOut();

    String footerTagline();

    String languageLabel();

    String justNow();

    String minutesAgo();

    String hoursAgo();

    String yesterday();

    String daysAgo();

    String languageChoose();

    String errorPrefix();

    String thereIsAProblem();

    String cancel();

    String errorNumber(int number);

    String goToStart();

    String unreadableTitle();

    String unreadableMessage();

    String unexpectedTitle();

    String unexpectedMessage();

    String expiredTitle();

    String expiredMessage();

    String forbiddenTitle();

    String forbiddenMessage();

    String notFoundTitle();

    String notFoundMessage();

    String wrongMethodTitle();

    String wrongMethodMessage();

    String tooLargeTitle();

    String tooLargeMessage();

    String tooManyTitle();

    String tooManyMessage();

    String busyTitle();

    String busyMessage();

    String otherTitle();

    String otherMessage();

    String homeTitle();

    String homeHeading();

    String homeLede();

    String homeYourClasses();

    String homeAs(String name);

    String homeStudents();

    String homeStudentsText();

    String homeJoin();

    String homeAnotherDevice();

    String homeComeBack();

    String homeTeachers();

    String homeTeachersText();

    String homeTeacherSignIn();

    String jsDraftRestored();

    String jsSignedOut();

    String jsSignInAgain();

    String jsNewPosts();

    String jsPostsShown();

    String jsDiscussionChanged();

    String jsReloadToSee();

    String jsSettingsChanged();

    String jsReloadDiscussion();

    String jsQueueWaiting();

    String jsNewNotices();

    String jsManyNotices();

    String jsWords();

    String jsMoreWords();

    String jsToReach();

    String jsQuoteSelected();

    String jsQuoteAdded();

    String jsOrSelect();

    String jsAllTerms();

    String jsClose();
}
