package org.roundtable.article;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the article pages: the library, review and edit, the article as read (the import form's are in
 * {@link ImportFormMsg}, what the import says in {@link IntakeMsg}).
 * Templates write {@code {articles:key}}: the namespace {@code article} is the pages' addresses ({@link ArticlePaths}).
 * The English is in {@code messages/articles_en.properties}, the Ukrainian in {@code articles_uk.properties}.
 */
@MessageBundle(value = "articles", locale = "en")
public interface ArticleMsg {

    String breadcrumb();

    String articles();

    String importCrumb();

    String importTitle();

    String reviewButton();

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

    String questionHeading(int number);

    String classQuestionHeading(int number);
}
