package org.roundtable.overview;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the teacher's overview: the dashboard, a class's overview, the audit log, the reports and their CSV files.
 * The English is in {@code messages/overview_en.properties}, the Ukrainian in {@code overview_uk.properties}.
 */
@MessageBundle(value = "overview", locale = "en")
public interface OverviewMsg {

    String teacher();

    String yourClasses();

    String createClass();

    String articles();

    String changePassword();

    String teacherAccounts();

    String noClasses();

    String archived();

    String joinCode();

    String students();

    String posts();

    String waitingForYou();

    String last24Hours();

    String quietDay();

    String newAnswers();

    String newReplies();

    String waitingApproval();

    String notStartedDue();

    String archivedBanner();

    String reopenClass();

    String studentsOpen();

    String orTypeCode();

    String printableJoinSheet();

    String atAGlance();

    String discussions();

    String nothingAssigned();

    String assignArticle();

    String assignedOf();

    String due();

    String atLeastWords();

    String repliesTo();

    String repliesDue();

    String editAssignment();

    String editAssignmentOf(String title);

    String grade();

    String gradeOf(String title);

    String takenAway();

    String questionOfArticle(int number);

    String questionNumber(int number);

    String answerCount();

    String locked();

    String printableExport();

    String beforeAndAfter();

    String studentCount();

    String changedTheirMind();

    String lock();

    String unlock();

    String lockQuestion(int number);

    String auditLog();

    String auditTitle(String name);

    String auditIntro();

    String downloadCsv();

    String noActions();

    String when();

    String action();

    String student();

    String reason();

    String post();

    String discussion();

    String exportIntro();

    String exportCsv();

    String changedMinds();

    String noPosts();

    String participation();

    String participationTitle(String name);

    String participationIntro();

    String participationCaption();

    String downloadGradebook();

    String sortStudents();

    String sortBy();

    String nobodyJoined();

    String repliesToClassmates();

    String words();

    String lastActivity();

    String flags();

    String links();

    String answered();

    String notAnswered();

    String replyCount();

    String wordCount();

    String lateAnswer();

    String lateReplies();

    String sortName();

    String sortReplies();

    String transcript();

    String transcriptTitle(String name);

    String everythingWritten(String name, String classroom);

    String printHint();

    String notPostedYet(String name);

    String transcriptOf(String name);

    String feedback();

    String feedbackFor(String name);

    String answer();

    String replyTo(String name);

    String edited();

    String teachersPick();

    String cites(String heading);

    String reasonIs(String reason);

    String answeredAll();

    String notAnsweredYet();

    String answeredSome();

    String ofQuestions();

    String ofClassmates();

    String checkpointLabel(String answers, String replies);

    String csvParticipation(String zone);

    String csvDiscussion(String zone);

    String csvAudit(String zone);

    String yes();

    String no();

    String questionColumn(int number);
}
