package org.roundtable.article;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the import form: its fields, the example and the format guide.
 * The English is in {@code messages/importing_en.properties}, the Ukrainian in {@code importing_uk.properties}.
 */
@MessageBundle(value = "importing", locale = "en")
public interface ImportFormMsg {

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
}
