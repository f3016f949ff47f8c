package org.roundtable.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

class ArticleSourceExcerptTest {

    private static final String SOURCE = "one\r\ntwo\nthree\rfour\nfive\nsix";

    private static List<Integer> numbers(SourceExcerpt excerpt) {
        return excerpt.lines().stream().map(SourceExcerpt.Line::number).toList();
    }

    @Test
    void showsTwoLinesEitherSideNumberedLikeTheParser() {
        SourceExcerpt excerpt = SourceExcerpt.around(SOURCE, 4);
        assertEquals(List.of(2, 3, 4, 5, 6), numbers(excerpt));
        assertEquals(2, excerpt.start());
        assertEquals(List.of("two", "three", "four", "five", "six"),
                excerpt.lines().stream().map(SourceExcerpt.Line::text).toList());
        assertEquals(List.of(false, false, true, false, false),
                excerpt.lines().stream().map(SourceExcerpt.Line::offending).toList());
    }

    @Test
    void stopsAtTheEdgesOfTheText() {
        assertEquals(List.of(1, 2, 3), numbers(SourceExcerpt.around(SOURCE, 1)));
        assertEquals(List.of(4, 5, 6), numbers(SourceExcerpt.around(SOURCE, 6)));
    }

    @Test
    void cutsVeryLongLines() {
        String text = SourceExcerpt.around("x".repeat(1000), 1).lines().get(0).text();
        assertEquals(SourceExcerpt.MAX_LINE_CHARS + 1, text.length());
        assertEquals('…', text.charAt(text.length() - 1));
    }

    @Test
    void noExcerptForALineTheTextDoesNotHave() {
        assertNull(SourceExcerpt.around(SOURCE, 7));
        assertNull(SourceExcerpt.around(SOURCE, 0));
    }
}
