package org.roundtable.language;

import io.quarkus.qute.TemplateData;

/** Where the footer's language switch posts: {@code {language:CHOOSE}}. */
@TemplateData(namespace = "language")
public final class LanguagePaths {

    public static final String CHOOSE = "/language";

    private LanguagePaths() {
    }
}
