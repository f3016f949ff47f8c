package org.roundtable.classroom;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of a teacher's pages about one class: its tabs, a new class, assigning, an assignment's edit page
 * and its own questions.
 * The English is in {@code messages/teaching_en.properties}, the Ukrainian in {@code teaching_uk.properties}.
 */
@MessageBundle(value = "teaching", locale = "en")
public interface TeachingMsg {

    String navOverview();

    String navModeration();

    String navParticipation();

    String navRoster();

    String navAssign();

    String navAnnouncements();

    String navSettings();

    String navAudit();

    String optional();

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
}
