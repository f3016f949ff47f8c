package org.roundtable.moderation;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of moderation: the queue, approve all, the roster, removing a student, the audit log's actions and pausing a student.
 * The English is in {@code messages/moderation_en.properties}, the Ukrainian in {@code moderation_uk.properties}.
 */
@MessageBundle(value = "moderation", locale = "en")
public interface ModerationMsg {

    String moderation();

    String moderationTitle(String name);

    String queues();

    String tabWaiting();

    String tabFlagged();

    String tabHidden();

    String tabEdited();

    String nothingHere();

    String emptyWaiting();

    String approveAll();

    String bulkHint();

    String reasonForHiding();

    String approveSelected();

    String hideSelected();

    String selectPostBy(String name);

    String inReplyTo(String name);

    String postBy(String name);

    String teachersPick();

    String postingPaused();

    String edited();

    String editWaiting();

    String seenNow();

    String reasonGiven(String reason);

    String flags();

    String flagFrom(String name);

    String notCounted();

    String restore();

    String reason();

    String authorSees();

    String hide();

    String remove();

    String unmarkPick();

    String seeInDiscussion();

    String approve();

    String approveEdit();

    String keepVisible();

    String statusHiddenByFlags();

    String statusEditWaiting();

    String refuseNoneSelected();

    String refuseNoAction();

    String refuseRestore();

    String refuseLongReason(int max);

    String pauseFor(String name);

    String pause();

    String pauseMinutes();

    String pauseHours();

    String pauseDays();

    String pauseWeeks();

    String pauseReason(String time);

    String actionApprove();

    String actionHide();

    String actionRestore();

    String actionRemove();

    String actionEndorse();

    String actionUnendorse();

    String actionLock();

    String actionUnlock();

    String actionMute();

    String actionUnmute();

    String actionRemoveStudent();

    String actionResetReturnCode();

    String actionEditAssignment();

    String actionAddQuestion();

    String actionWithdrawQuestion();

    String actionRestoreQuestion();

    String actionEditArticle();

    String approveAllTitle(String name);

    String nothingWaiting();

    String backToQueue();

    String approveAllPosts();

    String approveAllHint();

    String cancel();

    String roster();

    String rosterTitle(String name);

    String rosterCount();

    String joinWithCode();

    String waitingStudents();

    String approveKnown();

    String newCodeFor(String name);

    String giveItTo(String name);

    String nobodyShare();

    String joinSheet();

    String student();

    String joined();

    String lastActive();

    String posts();

    String actions();

    String shownAs(String name);

    String waitingForYou();

    String newReturnCode();

    String forName(String name);

    String letPostAgain();

    String removeTitle(String name);

    String backToRoster();

    String removeFrom(String name, String classroom);

    String removeIntro();

    String alsoDelete();

    String deleteHint();

    String removeStudent();

    String keepThem();
}
