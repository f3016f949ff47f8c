package org.roundtable.article;

import org.junit.jupiter.api.BeforeEach;
import org.roundtable.support.Browser;
import org.roundtable.support.FreshData;

import jakarta.inject.Inject;

/**
 * Where every import test starts: no article but the bundled one, and a teacher signed in ({@code teacher},
 * Ms Rivera's account "rivera").
 */
abstract class ImportScene extends FreshData {

    @Inject
    ImportedArticles imported;

    Browser teacher;

    @BeforeEach
    void signInATeacher() {
        imported.removeAll();
        teacher = signedIn(fixtures.teacher("rivera", "correct-horse-battery", false));
    }

    Browser signedIn(long accountId) {
        Browser browser = new Browser();
        browser.setCookie("rt_session", fixtures.signIn(accountId));
        return browser;
    }
}
