package org.roundtable.discussion;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of one post and what is done to it: its markup, editing, deleting and flagging it, the
 * status its readers are told and the refusals of the forms.
 * The English is in {@code messages/post_en.properties}, the Ukrainian in {@code post_uk.properties}.
 */
@MessageBundle(value = "post", locale = "en")
public interface PostMsg {

    String replyingToHidden(String name);

    String you();

    String teacher();

    String teachersPick();

    String replyingTo(String name);

    String edited();

    String cites();

    String reply();

    String replyToHidden(String name);

    String edit();

    String yourPostHidden();

    String delete();

    String flag();

    String postByHidden(String name);

    String approve();

    String moderate();

    String restore();

    String reason();

    String hideHint();

    String hide();

    String remove();

    String unmarkPick();

    String markPick();

    String pickPostBy(String name);

    String deleteTitle();

    String deleteExplain();

    String deletePost();

    String keepIt();

    String editTitle();

    String backToDiscussion();

    String yourAnswer();

    String yourReply();

    String atLeastWords();

    String saveChanges();

    String flagTitle();

    String flagHeading();

    String postBy();

    String flagExplain();

    String flagLegend();

    String flagNote();

    String flagPost();

    String reasonOffTopic();

    String reasonUnkind();

    String reasonPersonal();

    String reasonOther();

    String statusPublished();

    String statusPending();

    String statusHidden();

    String statusDeleted();

    String statusRemoved();

    String queuePending();

    String queueHidden();

    String queueRemoved();

    String placeholderDeleted();

    String placeholderRemoved();

    String placeholderHidden();

    String placeholderDeletedInline();

    String placeholderRemovedInline();

    String placeholderHiddenInline();

    String removedYours();

    String removedYoursBecause(String reason);

    String hiddenByFlagsForAuthor();

    String hiddenByFlags();

    String awaitsYourApproval();

    String hiddenFromStudents();

    String hiddenFromStudentsBecause(String reason);

    String waitsForTeacher();

    String hiddenByTeacher(String reason);

    String hiddenNoReason();

    String editWaitsForTeacher();

    String editWaitsForAuthor();

    String removedStudent();

    String formerClassmate();

    String writeReply();

    String writeAnswer();

    String tooLong(int max, int length);

    String chooseSection();

    String noStance();

    String chooseStance();

    String minimumWords();

    String tooShort(String minimum, int words);

    String parentGone();

    String waitSeconds();

    String slowMode(String wait);

    String editMinutes();

    String editWindowOver(String duration);

    String chooseFlagReason();

    String flagNoteTooLong(int max);

    String alreadyFlagged();

    String archived();

    String lockedReason();

    String mutedReason(String until);

    String questionLabel(int number);

    String questionTakenAway();

    String alreadyStood();

    String chooseOrSkip();

    String answerFirst();

    String chooseNow();

    String reasonTooLong(int max, int length);

    String chooseCredited();

    String chartBefore();

    String chartAfter();

    String progressWaiting();

    String progressNotStarted();

    String progressRepliedTo();

    String progressNotAnswered(String replies);

    String progressAnswered();

    String progressAnsweredReplied(String replies);

    String withdrawnReason();
}
