package org.roundtable.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

class GlossaryMarksTest {

    private static String marked(String html, String... terms) {
        return GlossaryMarks.marked(List.of(html), List.of(terms)).get(0);
    }

    @Test
    void firstMentionOfEachTermIsMarkedOnce() {
        assertEquals("<p><a class=\"term\" href=\"#term-1\">NATO</a> and NATO; <em>the <a class=\"term\" "
                + "href=\"#term-2\">Kremlin</a></em>.</p>",
                marked("<p>NATO and NATO; <em>the Kremlin</em>.</p>",
                        "NATO", "Kremlin"));
    }

    @Test
    void eachSectionHasItsOwnFirstMention() {
        assertEquals(List.of("<p><a class=\"term\" href=\"#term-1\">Kyiv</a></p>",
                "<p>x <a class=\"term\" href=\"#term-1\">Kyiv</a></p>"),
                GlossaryMarks.marked(List.of("<p>Kyiv</p>", "<p>x Kyiv</p>"), List.of("Kyiv")));
    }

    @Test
    void wholeWordsOnlyAndNeverInALinkOrCode() {
        assertEquals("<p>Putinism, <a href=\"https://e.org\" rel=\"nofollow\">Putin</a>, <code>Putin</code>, "
                + "<a class=\"term\" href=\"#term-1\">Putin</a>’s</p>",
                marked("<p>Putinism, <a href=\"https://e.org\" rel=\"nofollow\">Putin</a>, <code>Putin</code>, "
                        + "Putin’s</p>", "Vladimir Putin"));
    }

    @Test
    void aPersonIsFoundByTheFullNameOrTheSurname() {
        assertEquals("<p>Minister <a class=\"term\" href=\"#term-1\">Rustem\nUmerov</a> met Umerov.</p>",
                marked("<p>Minister Rustem\nUmerov met Umerov.</p>", "Rustem Umerov"));
        assertEquals("<p><a class=\"term\" href=\"#term-1\">Umerov</a> spoke.</p>",
                marked("<p>Umerov spoke.</p>", "Rustem Umerov"));
    }

    @Test
    void theLongerTermWinsWhereTwoOverlap() {
        assertEquals("<p>The <a class=\"term\" href=\"#term-2\">Istanbul Communiqué</a> of "
                + "<a class=\"term\" href=\"#term-1\">Istanbul</a></p>",
                marked("<p>The Istanbul Communiqué of Istanbul</p>", "Istanbul", "Istanbul Communiqué"));
    }

    @Test
    void aCommonWordTermMatchesInLowerCase() {
        assertEquals("<p>A 30-day <a class=\"term\" href=\"#term-1\">ceasefire</a>.</p>",
                marked("<p>A 30-day ceasefire.</p>", "Ceasefire"));
    }

    @Test
    void onlyNamesHaveSurnames() {
        assertEquals("Erdogan", GlossaryMarks.surname("Recep Tayyip Erdogan"));
        assertNull(GlossaryMarks.surname("Air Force One"));
        assertNull(GlossaryMarks.surname("Middle East"));
        assertNull(GlossaryMarks.surname("Institute for the Study of War"));
        assertNull(GlossaryMarks.surname("NATO"));
    }
}
