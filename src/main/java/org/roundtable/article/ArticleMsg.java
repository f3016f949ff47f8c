package org.roundtable.article;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the article pages: the library, import, review and edit, the article as read, and their messages.
 * Templates write {@code {articles:key}}: the namespace {@code article} is the pages' addresses ({@link ArticlePaths}).
 * The English is in {@code messages/articles_en.properties}, the Ukrainian in {@code articles_uk.properties}.
 */
@MessageBundle(value = "articles", locale = "en")
public interface ArticleMsg {

    String breadcrumb();

    String articles();

    String importCrumb();

    String importTitle();

    String importIntro();

    String importSplit();

    String theExample();

    String and();

    String theFormatGuide();

    String below();

    String textLabel();

    String textHint();

    String textOfFile(String fileName);

    String excerptCaption(int number);

    String offendingLine();

    String fileLabel();

    String fileHint();

    String urlLabel();

    String urlHint();

    String reviewButton();

    String exampleTitle();

    String formatGuide();

    String guideTitle();

    String guideTitle1();

    String guideTitle2();

    String guideDetails();

    String guideDetails1();

    String guideDetails2();

    String guideDate1();

    String guideDate2();

    String guideSlug();

    String guideDek();

    String guideReadingTime();

    String guideSource();

    String guideUrl1();

    String guideOr();

    String guideUrl2();

    String guideSections();

    String guideSections1();

    String guideSections2();

    String guideSections3();

    String guideSections4();

    String guideSections5();

    String guideSections6();

    String guideTerms();

    String guideTerms0();

    String guideTerms1();

    String guideTerms2();

    String guideQuestions();

    String guideQuestions1();

    String guideQuestions2();

    String guideStance();

    String guideStance1();

    String guideStance2();

    String guideErrors();

    String guideEditThis();

    String yourClasses();

    String listIntro();

    String noArticles();

    String importFirst();

    String listRegion();

    String colTitle();

    String colDate();

    String colSections();

    String colQuestions();

    String colImported();

    String editTitle();

    String reviewTitle();

    String editCrumb();

    String editBanner();

    String reviewBanner();

    String importNoticed();

    String update();

    String details();

    String title();

    String subtitle();

    String subtitleHint();

    String date();

    String dateHint();

    String readingTime();

    String readingTimeHint();

    String sourceLine();

    String sourceLineHint();

    String originalAddress();

    String originalAddressHint();

    String slug();

    String slugHint();

    String sections();

    String noSections();

    String bodyHint1();

    String bodyHint2();

    String bodyHint3();

    String bodyHint4();

    String newHeading();

    String bodyHint5();

    String sectionNumber(int number);

    String heading();

    String text();

    String splitHere();

    String mergeNext();

    String delete();

    String addSection();

    String whatSection();

    String thoughtQuestions();

    String noQuestions();

    String stanceHint();

    String question();

    String takesStance();

    String remove();

    String addQuestion();

    String whatQuestion();

    String whosWho();

    String termsHint();

    String noEntries();

    String entryNumber(int number);

    String introducedBy(String phrase);

    String nameOrTerm();

    String explanation();

    String whatEntry();

    String addEntry();

    String saveChanges();

    String cancel();

    String publish();

    String backToText();

    String moveUp();

    String moveDown();

    String saved();

    String editThis();

    String downloadMarkdown();

    String readOriginal();

    String noStance();

    String article();

    String backToAnswer();

    String draftKept();

    String goToQuestions();

    String mostQuoted();

    String mostQuotedHint();

    String passage(int number, String heading, int n);

    String answers();

    String discuss();

    String discussQuestion(int position);

    String minRead(int minutes);

    String slugLabel();

    String contents();

    String cited();

    String citedIn();

    String quotedIn();

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

    String questionHeading(int number);

    String classQuestionHeading(int number);
}
