package org.roundtable.notice;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of "What's new": the page, and what each notice tells.
 * The English is in {@code messages/news_en.properties}, the Ukrainian in {@code news_uk.properties}.
 */
@MessageBundle(value = "news", locale = "en")
public interface NoticeMsg {

    String title();

    String intro();

    String markAllRead();

    String nothingNew();

    String dueSoon(String title);

    String newMark();

    String reason(String reason);

    String noReason();

    String reply();

    String picked();

    String feedback();

    String approved();

    String hidden();

    String removed();

    String assignment();

    String announcement();

    String waiting();

    String flagged();
}
