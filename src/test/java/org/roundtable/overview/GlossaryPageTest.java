package org.roundtable.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.roundtable.support.ClassWithStudents;

import io.quarkus.test.junit.QuarkusTest;

/** The bundled article's who's-who: marks in the text that link to the list below the article. */
@QuarkusTest
class GlossaryPageTest extends ClassWithStudents {

    GlossaryPageTest() {
        super("ms.terms", "Period 4", "Ana", "Ben");
    }

    private String articlePage() {
        return "/classes/" + c.id() + "/articles/" + c.articleId();
    }

    @Test
    void studentsArticlePageMarksTermsThatLinkToTheList() {
        Document page = ana.browser().page(articlePage());
        List<Element> marks = page.select(".article-section a.term");
        assertTrue(marks.size() > 40, "marks: " + marks.size());
        for (Element mark : marks) {
            String id = mark.attr("href").substring(1);
            Element entry = page.getElementById(id);
            assertTrue(entry != null && !entry.parents().select("section#whos-who dl").isEmpty(),
                    mark.text() + " links to " + id + ", an entry of the list");
            assertEquals(1, entry.select("dt").size());
            assertEquals(1, entry.select("dd").size());
        }
        assertEquals("Who’s who and key terms", page.select("section#whos-who h2").text());
        assertTrue(page.select("section#whos-who dl > div[id^=term-]").size() >= 17);
        assertTrue(page.select(".toc a.term, .article-section h2 a.term, a a.term").isEmpty(),
                "no mark in a heading or a link");
    }

    @Test
    void eachTermIsMarkedAtItsFirstMentionInEachSection() {
        Document page = ana.browser().page(articlePage());
        for (Element section : page.select(".article-section")) {
            Set<String> seen = new HashSet<>();
            for (Element mark : section.select("a.term")) {
                assertTrue(seen.add(mark.attr("href")), "marked twice in " + section.id() + ": " + mark.text());
            }
        }
        Element setup = page.getElementById("the-setup-a-diplomatic-dance-in-istanbul");
        String umerov = href(page, "Rustem Umerov");
        assertEquals(List.of("Rustem Umerov"), setup.select("a.term[href=" + umerov + "]").eachText(),
                "the full name where the text gives it");
        Element context = page.getElementById("the-context-a-war-at-a-crossroads");
        assertEquals(List.of("Putin"), context.select("a.term[href=" + href(page, "Vladimir Putin") + "]")
                .eachText(), "a person by the surname alone");
        assertEquals(List.of("NATO"), context.select("a.term[href=" + href(page, "NATO") + "]").eachText());
        assertFalse(page.select("a.term").eachText().contains("One"), "'Air Force One' is no person named One");
    }

    @Test
    void teachersLibraryPageHasTheMarksAndTheList() {
        Document page = teacher.browser().page("/teach/articles/" + c.articleId());
        assertFalse(page.select(".article-section a.term[href=" + href(page, "Recep Tayyip Erdogan") + "]").isEmpty());
        assertTrue(page.select("section#whos-who dt").eachText().contains("Institute for the Study of War"));
    }

    /** The link to a term's entry, found by the term in the list. */
    private static String href(Document page, String term) {
        for (Element entry : page.select("section#whos-who dl > div")) {
            if (entry.select("dt").text().equals(term)) {
                return "#" + entry.id();
            }
        }
        throw new AssertionError("no entry for " + term);
    }
}
