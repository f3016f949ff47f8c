package org.roundtable.account;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

/**
 * The one name rule, against a corpus of names that try to pass for others and a corpus of
 * real names in many scripts that must keep working.
 */
@io.quarkus.test.junit.QuarkusTest
class NamesTest {

    /** Names that hide characters or mix alphabets, each with the message its writer should read. */
    static final Map<String, Supplier<String>> ATTACKS = Map.ofEntries(
            Map.entry("Sam\u2060", Names::invisible), // word joiner
            Map.entry("Sa\u00ADm", Names::invisible), // soft hyphen
            Map.entry("Sa\u200Dm", Names::invisible), // zero-width joiner
            Map.entry("Sa\u200Cm", Names::invisible), // zero-width non-joiner
            Map.entry("Sa\u200Bm", Names::invisible), // zero-width space
            Map.entry("Sam\uFEFF", Names::invisible), // byte order mark
            Map.entry("\u3164", Names::invisible), // Hangul filler, alone
            Map.entry("Sam \u3164", Names::invisible), // Hangul filler after a name
            Map.entry("Sa\u115Fm", Names::invisible), // Hangul choseong filler
            Map.entry("Sa\uFFA0m", Names::invisible), // halfwidth Hangul filler
            Map.entry("Sam\u2800", Names::invisible), // braille blank
            Map.entry("Sam\u180E", Names::invisible), // Mongolian vowel separator
            Map.entry("Sa\u034Fm", Names::invisible), // combining grapheme joiner
            Map.entry("Sam\uFE0F", Names::invisible), // variation selector
            Map.entry("Sam\uDB40\uDC41", Names::invisible), // tag character
            Map.entry("Sa\u200Em", Names::invisible), // left-to-right mark
            Map.entry("\u202Emas", Names::invisible), // right-to-left override
            Map.entry("Sam\u2066", Names::invisible), // isolate
            Map.entry("Sam\u0007", Names::invisible), // control character
            Map.entry("S\u0430m", Names::mixedScripts), // Cyrillic a in a Latin name
            Map.entry("J\u043Ehn Smith", Names::mixedScripts), // Cyrillic o
            Map.entry("\u0405am", Names::mixedScripts), // Cyrillic capital dze for S
            Map.entry("\u0391lex", Names::mixedScripts), // Greek capital alpha
            Map.entry("\u03A1aul", Names::mixedScripts), // Greek capital rho for P
            Map.entry("Ms Riv\u0435ra", Names::mixedScripts), // Cyrillic e in a teacher's name
            Map.entry("Period 3 \u2013 \u0421ivics", Names::mixedScripts), // Cyrillic C in a class name
            Map.entry("Sam 1\u0663", Names::mixedDigits), // Latin and Arabic-Indic digits
            Map.entry("a\u0308\u0308", Names::hiddenMark), // the same accent twice
            Map.entry("i\u0307", Names::hiddenMark), // a dot hidden on the i's own dot
            Map.entry("\uE000Sam", Names::other)); // private use

    static final List<String> LEGITIMATE = List.of("Sam", "Zoë", "José", "O'Brien", "O\u2019Brien", "Anne-Marie",
            "Mary Jane 2", "Dr. K.", "Jürgen", "Søren", "Łukasz Żółć", "Nguyễn Văn An", "İlker", "Олена",
            "Олена Шевченко", "Ярослав", "Ґанна", "Євгенія", "Їжак", "Νίκος", "Ελένη", "王芳", "山田 太郎",
            "さくら", "Li 李", "김민준", "Anna 김", "محمد", "דוד", "प्रिया", "สมชาย", "Անի", "ნინო",
            "Period 3 – Civics", "AP History (Room 12)", "Civics & Media", "7B: Geography", "Історія 9-А");

    /** Pairs that read as the same name, so one class cannot hold both. */
    static final List<List<String>> LOOK_ALIKES = List.of(
            List.of("Sam", "sam"), List.of("Sam", "SAM"), List.of("Sam", "Sarn"), List.of("Sam", "\u0405\u0430m"),
            List.of("Sam", "Ｓａｍ"), List.of("Sam", "\uD835\uDC12\uD835\uDC1A\uD835\uDC26"),
            List.of("Sam Lee", "Sam\u00A0Lee"), List.of("Sam Lee", "Sam \u2003 Lee"), List.of("Sam Lee", "Sam\tLee"),
            List.of("pop", "\u0440\u043E\u0440"), List.of("Sam", "Sa\u200Dm"), List.of("Anna1", "annal"),
            List.of("jsmith", "jsrnith"));

    @Test
    void namesThatHideCharactersOrMixAlphabetsAreRefusedKindly() {
        assertAll(ATTACKS.entrySet().stream().map(attack -> () -> assertEquals(attack.getValue().get(),
                Names.problem(Names.normalize(attack.getKey())), "refused: " + escaped(attack.getKey()))));
    }

    @Test
    void realNamesInManyScriptsAreAccepted() {
        assertAll(LEGITIMATE.stream().map(name -> () -> assertNull(Names.problem(Names.normalize(name)), name)));
    }

    @Test
    void lookAlikeNamesShareAKey() {
        assertAll(LOOK_ALIKES.stream().map(pair -> () -> assertEquals(Names.key(pair.get(0)), Names.key(pair.get(1)),
                escaped(pair.get(0)) + " and " + escaped(pair.get(1)))));
    }

    @Test
    void differentNamesKeepDifferentKeys() {
        assertNotEquals(Names.key("Sam"), Names.key("Sara"));
        assertNotEquals(Names.key("Olena"), Names.key("Олена"), "they look different: the script is not the point");
        assertNotEquals(Names.key("Ana"), Names.key("Ana B."));
        assertEquals(64, Names.key("﷽".repeat(40)).length(), "a key fits its column whatever the name");
    }

    @Test
    void everyKindOfWhiteSpaceFoldsToOneSpace() {
        assertEquals("Sam Lee", Names.normalize(" \u00A0Sam\u00A0\u2003\u3000\u202F\u205F\t\nLee\u2028 "));
        assertEquals("Zoë", Names.normalize("Zoe\u0308"), "NFC");
        assertNotNull(Names.problem(Names.normalize("\u3164")), "a filler is not white space: it is refused");
    }

    static String escaped(String name) {
        StringBuilder out = new StringBuilder();
        name.codePoints().forEach(c -> out.append(c < 0x80 ? Character.toString(c) : String.format("U+%04X ", c)));
        return out.toString();
    }
}
