package org.roundtable.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.roundtable.support.BrowserTest;
import org.roundtable.support.Fixtures;
import org.roundtable.support.Window;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** The review page in a browser: "Split here" at the cursor, and a layout that fits a phone. */
@QuarkusTest
@BrowserTest
class ArticleReviewPageTest {

    static final String ARTICLE = """
            # Phones Out of Class

            date: 2025-03-10

            ## What the school did

            Phones went into pouches. Teachers noticed more talk.

            ## Thought Questions

            1. [stance] Should schools lock away phones?
            """;

    @Inject
    Fixtures fixtures;

    Window window;

    @BeforeEach
    void setUp() {
        fixtures.reset();
        long teacher = fixtures.teacher("ms.rivera", "correct horse battery", false);
        window = Window.open();
        window.signedInWith(fixtures.signIn(teacher));
    }

    @AfterEach
    void tearDown() {
        window.close();
    }

    @Test
    void splitHereSplitsWhereTheCursorIs() {
        window.go("/teach/articles/import");
        window.script("document.getElementById('text').value = arguments[0];", ARTICLE);
        window.press("main form", "Review");
        WebElement body = window.find("#body-1");
        body.click();
        window.script("arguments[0].setSelectionRange(25, 25);", body);
        body.sendKeys(Keys.ARROW_RIGHT);
        window.press("#section-1", "Split here");
        List<String> bodies = window.all("textarea[name=body]").stream().map(e -> e.getDomProperty("value")).toList();
        assertEquals(List.of("Phones went into pouches.", "Teachers noticed more talk."), bodies);
    }

    @Test
    void theReviewPageFitsAPhoneAndALaptop() {
        for (int width : List.of(390, 1280)) {
            window.size(width, 2000);
            window.go("/teach/articles/import");
            window.script("document.getElementById('text').value = arguments[0];", ARTICLE);
            window.press("main form", "Review");
            window.press("main form", "Add an entry");
            assertFalse(window.scrollsSideways(), width + " px wide");
            window.screenshot(Path.of("target/screenshots/article-review-" + width + ".png"));
            window.script("arguments[0].scrollIntoView({block: 'start'});", window.find("#questions"));
            window.screenshot(Path.of("target/screenshots/article-review-" + width + "-questions.png"));
        }
    }
}
