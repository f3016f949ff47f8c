package org.roundtable.discussion;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the discussion page: the question, where the class stands, the answer form and the thread.
 * The English is in {@code messages/discussion_en.properties}, the Ukrainian in {@code discussion_uk.properties}.
 */
@MessageBundle(value = "discussion", locale = "en")
public interface DiscussionMsg {

    String breadcrumb();

    String takenAway();

    String questionOf(int number, int of);

    String takenAwayBanner();

    String editAssignment();

    String lockedBanner();

    String unlock();

    String lock();

    String moderationQueue();

    String printableExport();

    String whereClassStands();

    String stanceAgree();

    String stanceDisagree();

    String stanceUnsure();

    String beforeTitle();

    String beforeHint();

    String beforeLegend();

    String error();

    String saveStand();

    String skipQuestion();

    String afterTitle();

    String youSaidBefore(String stance);

    String afterHint();

    String afterLegend();

    String reasonHint(int max);

    String reasonLabel();

    String creditedLabel();

    String noPost();

    String changedMind();

    String chartHintTeacher();

    String addAnother();

    String answerTitle();

    String notPosted();

    String answerHint(int max);

    String answerHintMinimum();

    /** The link standing for a thread's collapsed replies: {@code .count(n)}. */
    String moreReplies();

    String yourAnswer();

    String postAnswer();

    String answers();

    String sortAnswers();

    String sort();

    String sortOldest();

    String sortNewest();

    String sortReplies();

    String postFirst();

    String postFirstApproved();

    String noAnswers();

    String youFlagged();

    String replyTo(String name);

    String postReply();

    String pages();

    String previousAnswers();

    String pageOf(int page, int of);

    String moreAnswers();

    String citeSection();

    String optional();

    String noSection();

    String yourStance();

    String evidenceTitle();

    String evidenceHint();

    String evidenceHintEnd();

    String openKeepingDraft(String heading);

    String openSection(String heading);

    String whosWho();

    String chartTitle();

    String chartLegendBefore();

    String chartLegendAfter();

    String chartCaption();

    String chartCaptionAfter();

    String chartFigures();

    String chartTableCaption();

    String chartPosition();

    String chartBefore();

    String chartAfter();

    String chartMoved();

    String chartChangedMind();

    String chartCredits();

    String chartPostBy();

    String chartSinceDeleted();

    String chartCreditCount();

    String chartReasons();
}
