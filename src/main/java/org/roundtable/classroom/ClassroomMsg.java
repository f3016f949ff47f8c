package org.roundtable.classroom;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the class pages: joining and coming back, a student's class home, and a teacher's pages about one class.
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

    String navOverview();

    String navModeration();

    String navParticipation();

    String navRoster();

    String navAssign();

    String navAnnouncements();

    String navSettings();

    String navAudit();

    String optional();

    String lock();

    String unlock();

    String questionNumber(int number);

    String questionTakenAway();

    String newClassTitle();

    String yourClasses();

    String className();

    String classNameHint();

    String newClassHint();

    String createClass();

    String assignTitle(String classroom);

    String assignHeading();

    String article();

    String chooseAnotherArticle();

    String chooseThisArticle();

    String needAnotherArticle();

    String importOne();

    String questionsToDiscuss();

    String takesStance();

    String alreadyAssigned();

    String ownQuestions();

    String ownQuestionsHint();

    String ownSlot(int number);

    String takesStanceChoice();

    String dueLabel();

    String dueHint();

    String assignTo(String classroom);

    String chooseArticleFirst();

    String chooseOneQuestion();

    String chooseNewQuestions();

    String minWordsLabel();

    String maxScoreLabel();

    String maxScoreHint();

    String requiredRepliesLabel();

    String requiredRepliesHint();

    String repliesDueLabel();

    String repliesDueHint();

    String instructionsLabel();

    String enterDue(String example);

    String enterMinWords(int max);

    String instructionsTooLong(int max);

    String enterMaxScore(int max);

    String enterReplies(int max);

    String enterHowManyReplies();

    String enterRepliesDue(String example);

    String repliesAfterAnswers();

    String editAssignmentTitle(String classroom);

    String editAssignment();

    String untickHint();

    String inAnotherAssignment();

    String takenAway();

    String notAssignedYet();

    String dueHintEdit();

    String noDueDate();

    String saveChanges();

    String ownQuestionsEditHint();

    String noneYet();

    String edit();

    String bringBack();

    String remove();

    String addAQuestion();

    String takesStanceStudents();

    String addQuestion();

    String keepOneQuestion();

    String chooseArticleQuestions();

    String questionElsewhere();

    String ownQuestionTitle(String classroom);

    String editYourQuestion();

    String question();

    String saveQuestion();

    String removingTakesAway();

    String removingDeletes();

    String removeQuestion();

    String writeQuestion();

    String questionTooLong(int max);

    String settingsTitle(String classroom);

    String settings();

    String settingsSaved();

    String discussionRules();

    String postFirst();

    String postFirstHint();

    String preModeration();

    String preModerationHint();

    String anonymous();

    String anonymousHint();

    String joining();

    String joiningOpenChoice();

    String joiningClosedChoice();

    String joiningHint();

    String approvalRequired();

    String approvalRequiredHint();

    String editWindowLabel();

    String editWindowHint();

    String slowModeLabel();

    String slowModeHint();

    String saveSettings();

    String joinCode();

    String theCodeIs();

    String newCodeHint();

    String newJoinCode();

    String reopenClass();

    String archiveClass();

    String archivedText();

    String archiveText();

    String deleteClass();

    String deleteText();

    String deleteThisClass();

    String enterEditWindow(int max);

    String enterSlowMode(int max);

    String sheetTitle(String classroom);

    String backToClass();

    String printSheet();

    String sheetHeading(String classroom);

    String stepOpen();

    String stepCode();

    String stepName();

    String stepReturnCode();

    String directLink();

    String deleteTitle(String classroom);

    String backToSettings();

    String deleteLead();

    String cannotBeUndone();

    String archiveInstead();

    String confirmName(String classroom);

    String deleteForGood();

    String keepIt();

    String confirmNameError();

    String announcementsTitle(String classroom);

    String announcements();

    String announcementsLead();

    String announcement();

    String announcementHint();

    String postAnnouncement();

    String posted();

    String noAnnouncements();

    String writeAnnouncement();

    String announcementTooLong(int max);

    String feedbackFor(String name);

    String participation();

    String onlyStudentSees(String name);

    String readTranscript();

    String feedbackSaved();

    String nothingAssignedToClass();

    String comment();

    String saveFeedback();

    String lastSaved();

    String scoreLabel();

    String scoreOutOfLabel(int max);

    String scoreOutOf(String score, int max);

    String commentTooLong(int max);

    String scoreAsNumber(int max, String half);

    String scoreShort();
}
