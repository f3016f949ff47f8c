package org.roundtable.article;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * What the import says: the notes on what it found, the article format's problems, the refusals of a file or a web
 * address, and the refusals of an edit. Java reads it through {@code Messages}, which also works outside the
 * application. The English is in {@code messages/intake_en.properties}, the Ukrainian in {@code intake_uk.properties}.
 */
@MessageBundle(value = "intake", locale = "en")
public interface IntakeMsg {

    String fetchNotAWebAddress();

    String fetchPrivateNetwork();

    String fetchPort();

    String fetchUnknownHost();

    String fetchUnreachable();

    String fetchTooLarge();

    String fetchNotAPage();

    String fetchTooManyRedirects();

    String fetchBadAnswer();

    String fetchCertificate();

    String fetchTooSlow(String duration);

    String fetchSeconds();

    String fetchStatusNotPublic(String status);

    String fetchStatus(String status);

    String fileNotAllowed();

    String filePageTooLarge();

    String fileTooLarge();

    String fileEmpty();

    String fileNotUtf8();

    String dateMissing();

    String dateInvalid();

    String readingTimeInvalid();

    String tooDeep(String levels);

    String pastedEmpty();

    String pastedTooLong(int limit);

    String noTitle();

    String noDate();

    String noReadingTime();

    String noQuestionsBelow();

    String questionsHeadingEmpty();

    String questionsKept(int number);

    String leadHeading();

    String wholeHeading();

    String noArticleText();

    String wholeSection(String heading);

    String dekTaken();

    String leadSection(String heading);

    String pageOneSection(String heading);

    String pageLeadSection(String heading);

    String pageNoQuestions();

    String pageNoDate();

    String draftNoSections();

    String draftNoQuestions();

    String draftNoTitle();

    String draftUnheaded();

    String draftNotMeta(int number);

    String draftUnknownMeta(String key);

    String draftBadDate(String value);

    String formatLine(int number, String reason);

    String metaExpected(String keys);

    String metaTwice(String key, int number);

    String metaNoValue(String key);

    String metaUnknown(String key, String keys);

    String metaSlugShape(String key, String example);

    String metaTooLong(String key, int max);

    String metaUrl(String key, String http, String https, String example);

    String metaMinutes(String key);

    String metaDate(String key);

    String metaNoText(String key);

    String formatEmpty();

    String formatTooLong(int max);

    String formatNoTitle();

    String formatNoSlug(String key);

    String formatNoDate(String key);

    String formatEmptyText(String what);

    String formatLongText(String what, int max);

    String whatTitle();

    String whatHeading();

    String whatQuestionText();

    String whatTerm();

    String whatExplanation(String term);

    String questionsNeedList(String heading);

    String questionsNotBullets();

    String questionsExpectedList();

    String questionsNothingAfter();

    String questionsAtMost(int max);

    String questionsOneParagraph();

    String termsNeedList(String heading, String shape);

    String termsNotNumbered();

    String termsExpectedList(String shape);

    String termsOnlyList(String heading);

    String termsItemShape(String shape);

    String termsAtMost(int max);

    String termsTwice(String term, int number);

    String sectionsExpectedHeading(String mark);

    String sectionsOneTitle(String title, String mark);

    String sectionsOnlyLevelTwo(String mark);

    String sectionsBefore(String mark, String what);

    String sectionsEndWithQuestions(String heading);

    String sectionsTermsLast(String terms, String questions);

    String sectionsNoContent(String heading);

    String slugTaken(String slug, String title);

    String slugMadeTaken(String slug, String title);

    String slugLineTaken(String slug, String title, String key);

    String slugMadeLineTaken(String slug, String title, String key);

    String sectionCited(String heading, String posts);

    String posts();

    String questionDiscussed(int position, String text);

    String cannotSplit(int number, String heading);

    String splitHeading();
}
