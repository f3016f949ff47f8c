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

    String switchTo();

    String languageChoose();

    String justNow();

    String minutesAgo();

    String hoursAgo();

    String yesterday();

    String daysAgo();
}
