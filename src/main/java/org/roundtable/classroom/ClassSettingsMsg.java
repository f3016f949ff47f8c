package org.roundtable.classroom;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of a teacher's pages that run one class: settings, the join sheet, deleting, announcements, feedback
 * and the pause menu.
 * The English is in {@code messages/classSettings_en.properties}, the Ukrainian in {@code classSettings_uk.properties}.
 */
@MessageBundle(value = "classSettings", locale = "en")
public interface ClassSettingsMsg {

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
