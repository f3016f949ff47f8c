package org.roundtable.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.roundtable.support.BrowserTest;
import org.roundtable.support.Fixtures;
import org.roundtable.support.FreshData;
import org.roundtable.support.Window;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A new student whose Chromebook asks for Ukrainian: the lesson from the class code to a flag, every step in
 * Ukrainian, then English from the footer and back. The words pressed are looked up in the message files by
 * their English text, so the test follows the translation and fails where a step has none.
 */
@QuarkusTest
@BrowserTest
class UkrainianJourneyTest extends FreshData {

    Fixtures.TestClass lesson;
    long classmateAnswer;
    Window window;

    @BeforeEach
    void setUp() {
        long teacher = fixtures.teacher("ms.rivera", "correct horse battery", false);
        lesson = fixtures.createClass("Period 3 Civics", 0, teacher);
        long ben = fixtures.enrol(lesson.id(), "Ben T", "ABCD-EFGH");
        classmateAnswer = fixtures.post(lesson.discussions().get(0), ben, null, "The mediator matters most.");
        window = Window.speakingFirst("uk");
    }

    @Test
    void joinReadAnswerReplyAndFlagInUkrainianThenSwitchToEnglishAndBack() {
        window.go("/join");
        inUkrainian();
        window.type("#code", lesson.code()).type("#name", "Amara K").press("main form", uk("Join class"));
        inUkrainian();
        assertTrue(window.text(".return-code").matches("[A-Z0-9]{4}-[A-Z0-9]{4}"), window.text(".return-code"));
        window.press("main", uk("Go to your class"));
        assertEquals("/classes/" + lesson.id(), window.path());
        inUkrainian();

        window.press("main", uk("Read the article"));
        inUkrainian();
        assertEquals("en", window.find(".article-body, article[lang]").getDomAttribute("lang"),
                "the English article says it is English");

        window.follow(window.all(".questions-panel a").get(0));
        inUkrainian();
        window.type("#answer-body", "Переговори без обох сторін нічого не дають.");
        window.choose("stance", "AGREE");
        window.press("#answer-form", uk("Post answer"));
        window.await(d -> window.all(".post.depth-0").stream()
                .anyMatch(p -> p.getText().contains("Переговори без обох сторін")));
        inUkrainian();

        window.press("#post-" + classmateAnswer + " .post-actions", uk("Reply"));
        window.type("#reply-body", "А який саме посередник?");
        window.press("#reply-form", uk("Post reply"));
        window.await(d -> window.all(".post.depth-1").stream()
                .anyMatch(p -> p.getText().contains("А який саме посередник?")));
        inUkrainian();

        window.press("#post-" + classmateAnswer + " .post-actions", uk("Flag"));
        inUkrainian();
        window.choose("reason", "UNKIND");
        window.press("main form", uk("Flag post"));
        window.await(d -> window.has("#post-" + classmateAnswer));
        inUkrainian();

        // The switch is a form: it brings the reader back to the page, though not to a #fragment no server sees.
        String discussion = window.path().replaceAll("#.*", "");
        window.press("footer", "English");
        assertEquals("en", window.find("html").getDomAttribute("lang"));
        assertEquals(discussion, window.path().replaceAll("#.*", ""), "the switch comes back to the page");
        assertTrue(window.bodyText().contains("Post reply") || window.bodyText().contains("Reply"));
        window.press("footer", "Українська");
        inUkrainian();
        assertEquals(discussion, window.path().replaceAll("#.*", ""));
    }

    /** The page says it is Ukrainian, and none of the words it shows is an English message left untranslated. */
    private void inUkrainian() {
        assertEquals("uk", window.find("html").getDomAttribute("lang"), window.path());
        String text = window.find("body").getText();
        List<String> english = new ArrayList<>();
        for (WebElement button : window.all("main button, main a.button, main label, main h1, main h2")) {
            String label = button.getText().strip();
            if (!label.isEmpty() && ENGLISH.stringPropertyNames().stream()
                    .anyMatch(key -> ENGLISH.getProperty(key).equals(label)
                            && !UKRAINIAN.getProperty(key, "").equals(label))
                    && button.findElements(By.xpath("ancestor-or-self::*[@lang][1][@lang='en']")).isEmpty()) {
                english.add(label);
            }
        }
        assertEquals(List.of(), english, window.path() + ": " + text);
    }

    private static final Properties ENGLISH = every("en");
    private static final Properties UKRAINIAN = every("uk");

    /** The Ukrainian for one of the interface's English texts, as the message files give it. */
    static String uk(String english) {
        String key = ENGLISH.stringPropertyNames().stream().filter(k -> ENGLISH.getProperty(k).equals(english))
                .findFirst().orElseThrow(() -> new AssertionError("no message says \"" + english + "\""));
        String ukrainian = UKRAINIAN.getProperty(key);
        assertFalse(ukrainian == null || ukrainian.isBlank() || ukrainian.equals(english), key + " is not translated");
        return ukrainian;
    }

    /** Every bundle's messages in one language, keyed "bundle.key". */
    private static Properties every(String language) {
        Properties all = new Properties();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/messages"))) {
            for (Path file : files.filter(f -> f.toString().endsWith("_" + language + ".properties")).toList()) {
                String bundle = file.getFileName().toString().replace("_" + language + ".properties", "");
                Properties one = new Properties();
                try (var reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
                    one.load(reader);
                }
                one.forEach((key, value) -> all.setProperty(bundle + "." + key, value.toString()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }
}
