package org.roundtable.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class GlossarySuggestionsTest {

    /** The bundled article's sections as a draft, without its who's-who list. */
    static ArticleDraft bundledDraft() throws Exception {
        String markdown = ArticleMarkdownTermsTest.bundledMarkdown();
        List<ArticleDraft.Section> sections = new ArrayList<>();
        for (String part : markdown.split("\n## ")) {
            int newline = part.indexOf('\n');
            String heading = part.substring(0, newline).strip();
            if (part.startsWith("# ") || heading.startsWith("Who’s who") || heading.startsWith("Thought")) {
                continue;
            }
            sections.add(new ArticleDraft.Section(heading, part.substring(newline + 1)));
        }
        return new ArticleDraft("T", null, null, null, null, null, sections, List.of(), List.of(), List.of());
    }

    private static Map<String, ArticleDraft.Term> byTerm(List<ArticleDraft.Term> terms) {
        return terms.stream().collect(Collectors.toMap(ArticleDraft.Term::term, t -> t));
    }

    private static ArticleDraft draft(String markdown) {
        return new ArticleDraft("T", null, null, null, null, null, List.of(new ArticleDraft.Section("S", markdown)),
                List.of(), List.of(), List.of());
    }

    @Test
    void suggestsThePeopleOfTheBundledArticleWithThePhraseThatIntroducedThem() throws Exception {
        ArticleDraft draft = bundledDraft();
        List<ArticleDraft.Term> suggested = GlossarySuggestions.suggest(draft);
        Map<String, ArticleDraft.Term> terms = byTerm(suggested);
        List<String> people = ArticleMarkdownTermsTest.BUNDLED_PEOPLE.stream().filter(terms::containsKey).toList();
        assertTrue(people.size() >= 12, "people suggested: " + people);
        String text = draft.sections().stream().map(ArticleDraft.Section::markdown).collect(Collectors.joining());
        for (String person : people) {
            String introducedBy = terms.get(person).introducedBy();
            assertTrue(introducedBy.endsWith(person) || introducedBy.contains(person + ","), introducedBy);
            assertTrue(text.contains(introducedBy), "taken from the text: " + introducedBy);
        }
        assertEquals(new ArticleDraft.Term("Rustem Umerov", "Defense minister", "Defense Minister Rustem Umerov"),
                terms.get("Rustem Umerov"));
        assertEquals("President of Ukraine", terms.get("Volodymyr Zelensky").explanation());
        assertEquals("Ukrainian President Volodymyr Zelensky", terms.get("Volodymyr Zelensky").introducedBy());
        assertEquals("Deputy foreign minister", terms.get("Mikhail Galuzin").explanation());
        assertEquals("Special envoy", terms.get("Keith Kellogg").explanation(), "listed with Witkoff's role");
    }

    @Test
    void peopleComeFirstThenRepeatedPlacesAndLittleElse() throws Exception {
        List<ArticleDraft.Term> suggested = GlossarySuggestions.suggest(bundledDraft());
        List<String> terms = suggested.stream().map(ArticleDraft.Term::term).toList();
        assertTrue(terms.size() <= GlossarySuggestions.MAX_SUGGESTIONS, terms.toString());
        assertTrue(terms.containsAll(List.of("Istanbul", "Ukraine", "Russia")), terms.toString());
        assertTrue(terms.indexOf("Istanbul") > terms.indexOf("Emmanuel Macron"), "people first: " + terms);
        for (String junk : List.of("The", "May", "Thursday", "Friday", "Let", "However", "Umerov", "Zelensky",
                "Putin", "Trump", "Military Escalation", "European Pressure", "European", "Absence", "Stance")) {
            assertFalse(terms.contains(junk), junk + " in " + terms);
        }
    }

    @Test
    void aSurnameLaterIsAMentionOfThePersonNotAnEntry() {
        List<ArticleDraft.Term> terms = GlossarySuggestions.suggest(draft("""
                On Monday, Prime Minister Jane Doe met French President Jean Martin in Geneva. Doe said little.

                Martin left Geneva on Tuesday. The United Nations and the United Nations helped. Zurich was quiet.
                """));
        assertEquals(List.of(
                new ArticleDraft.Term("Jane Doe", "Prime minister", "Prime Minister Jane Doe"),
                new ArticleDraft.Term("Jean Martin", "President of France", "French President Jean Martin"),
                new ArticleDraft.Term("Geneva", "", "Geneva"),
                new ArticleDraft.Term("United Nations", "", "United Nations")), terms);
    }

    @Test
    void aDraftWithoutNamesHasNoSuggestions() {
        assertEquals(List.of(), GlossarySuggestions.suggest(draft("It rained. Then it stopped.\n")));
    }
}
