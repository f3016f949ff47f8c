package org.roundtable.classroom;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of a student's class pages: joining and coming back, the welcome, the class home and the wait for
 * the teacher's approval.
 * The English is in {@code messages/classroom_en.properties}, the Ukrainian in {@code classroom_uk.properties}.
 */
@MessageBundle(value = "classroom", locale = "en")
public interface ClassroomMsg {

    String joinTitle();

    String joinLead();

    String classCode();

    String joinCodeHint(String example);

    String displayName();

    String displayNameHint();

    String joinButton();

    String joinedBefore();

    String comeBackLink();

    String enterCode();

    String noSuchCode();

    String archivedClass();

    String joiningClosed();

    String nameTaken();

    String tooManyAttempts();

    String tooManyJoins();

    String waitOrAsk(String why, String wait);

    String whoIsJoining();

    String signedInAs(String who);

    String alreadyIn(String who, String classroom, String name);

    String ownDevice(String classroom, String who, String name);

    String teacherCannotJoin(String name);

    String goToClassAs(String classroom, String who);

    String joinAs(String who);

    String signOutThenJoin(String who, String name);

    String backToJoin();

    String welcomeTitle(String classroom);

    String welcomeHeading(String classroom, String name);

    String welcomeWaiting();

    String yourReturnCode();

    String returnCodeHelpBefore();

    String returnCodeHelpAfter();

    String returnCodeShown();

    String goToYourClass();

    String comeBackTitle();

    String signedOutBefore();

    String joinAgain();

    String signedOutAfter();

    String comeBackLead();

    String returnCode();

    String returnCodeHint(String example);

    String signIn();

    String newHere();

    String joinAClass();

    String instead();

    String noMatch();

    String yourClass();

    String youAre();

    String classmatesSeeYouAs();

    String archivedBanner();

    String fromYourTeacher();

    String dismiss();

    String thisAnnouncement();

    String removedPost();

    String minRead(int minutes);

    String due(String when);

    String late();

    String answersOfAtLeast();

    String replyTo();

    String repliesDue(String when);

    String yourProgress();

    String lateAnswer();

    String lateReplies();

    String readArticle();

    String questions();

    String answers();

    String locked();

    String feedbackFromTeacher();

    String score();

    String onlyYouSee();

    String nothingAssigned();

    String almostThere(String name);

    String waitingLead();

    String waitingNothingToDo();

    String checkAgain();
}
