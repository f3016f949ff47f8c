package org.roundtable.grading;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of grading: one student's work beside the teacher's feedback, where each student stands, and the gradebook's headings.
 * The English is in {@code messages/grading_en.properties}, the Ukrainian in {@code grading_uk.properties}.
 */
@MessageBundle(value = "grading", locale = "en")
public interface GradingMsg {

    String gradingTitle(String title);

    String gradingIntro();

    String downloadGradebook();

    String nobodyJoined();

    String students();

    String repliedTo(String replies);

    String lateAnswer();

    String lateReplies();

    String feedbackSaved(String name);

    String studentPlace(int number, int total);

    String notPostedInAssignment(String name);

    String feedbackFor(String name);

    String seesNow(String name);

    String lastSaved();

    String comment();

    String commentHint();

    String scoreHintMax();

    String score();

    String scoreHintFree();

    String saveNext();

    String save();

    String standingNotStarted();

    String standingAnswered();

    String standingReplied();

    String standingGraded();

    String question();

    String csvStudent();

    String csvAnswered(String label);

    String csvReplies(String label);

    String csvWords(String label);

    String csvRepliedTo(String title, String replies);

    String csvLate(String title);

    String csvScore(String title);

    String csvScoreOutOf(String title, String highest);

    String csvFeedbackGiven(String title);

    String csvLastActivity(String zone);

    String csvLateAnswer();

    String csvLateReplies();

    String yes();

    String no();
}
