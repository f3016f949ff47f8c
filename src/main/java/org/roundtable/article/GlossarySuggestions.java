package org.roundtable.article;

import static org.roundtable.article.NameWords.COMMON;
import static org.roundtable.article.NameWords.COUNTRIES;
import static org.roundtable.article.NameWords.TITLE;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.Parser;
import org.roundtable.article.NameRuns.Run;

/**
 * Who's-who entries to suggest on the review page, guessed from a draft's text: the people it names (a run of
 * capitalised words introduced with a role, "Defense Minister Rustem Umerov", or a first name and surname), then
 * the places and organisations it names at least twice. The explanation is prefilled from the role where the text
 * gives one ("Defense minister", "President of Ukraine"), else left empty for the teacher. A surname alone
 * ("Umerov") is a mention of the person, not an entry of its own. Guesses only: the teacher keeps, edits or drops
 * each one.
 */
public final class GlossarySuggestions {

    static final int MAX_SUGGESTIONS = 30;

    private static final Parser PARSER = Parser.builder().build();

    /** Other names: how often they occur and where first. */
    private static final class Other {

        final String introducedBy;
        int count;
        /** Mentions not at the start of a sentence, where a capital tells nothing. */
        int inText;

        Other(String introducedBy) {
            this.introducedBy = introducedBy;
        }
    }

    private final Map<String, Other> others = new LinkedHashMap<>();
    private final Set<String> lowerCaseWords = new HashSet<>();
    private final NamedPeople people = new NamedPeople(lowerCaseWords);

    private GlossarySuggestions() {
    }

    public static List<ArticleDraft.Term> suggest(ArticleDraft draft) {
        List<String> paragraphs = new ArrayList<>();
        for (ArticleDraft.Section section : draft.sections()) {
            paragraphs.addAll(paragraphsOf(section.markdown()));
        }
        GlossarySuggestions guess = new GlossarySuggestions();
        NamedPeople people = guess.people;
        for (String paragraph : paragraphs) {
            Matcher word = NameRuns.WORD.matcher(paragraph);
            while (word.find()) {
                if (Character.isLowerCase(word.group().codePointAt(0))) {
                    guess.lowerCaseWords.add(word.group());
                }
            }
        }
        List<List<Run>> runs = paragraphs.stream().map(NameRuns::of).toList();
        for (int i = 0; i < paragraphs.size(); i++) {
            for (Run run : runs.get(i)) {
                people.find(paragraphs.get(i), run);
            }
        }
        for (List<Run> paragraphRuns : runs) {
            for (Run run : paragraphRuns) {
                guess.countOther(run);
            }
        }
        return guess.suggestions();
    }

    /** The plain text of each paragraph (list items hold paragraphs too); headings are left out. */
    private static List<String> paragraphsOf(String markdown) {
        List<String> texts = new ArrayList<>();
        PARSER.parse(markdown == null ? "" : markdown).accept(new AbstractVisitor() {

            @Override
            public void visit(Paragraph paragraph) {
                texts.add(Markdown.plainText(paragraph));
            }

            @Override
            public void visit(Heading heading) {
                // a section's own heading is no running text
            }
        });
        return texts;
    }

    /** Counts a run that is no person's name as a mention of a place or organisation. */
    private void countOther(Run run) {
        List<String> words = new ArrayList<>(run.words());
        String text = run.text();
        while (!words.isEmpty() && (COMMON.contains(words.get(0)) || COUNTRIES.containsKey(words.get(0))
                && words.size() > 1 && TITLE.matcher(text.substring(words.get(0).length()).strip()).lookingAt())) {
            text = text.substring(words.get(0).length()).strip();
            words.remove(0);
        }
        if (words.isEmpty() || text.isEmpty()) {
            return;
        }
        if (TITLE.matcher(text + " ").matches() || people.named(text)) {
            return;
        }
        if (words.size() == 1) {
            String word = words.get(0);
            // A capitalised common word ("Absence" in a bold lead-in) is written in lower case elsewhere.
            if (lowerCaseWords.contains(word.toLowerCase(Locale.ROOT)) || word.endsWith("ian")
                    || word.endsWith("ean") || word.endsWith("ish") || word.length() < 2) {
                return;
            }
        }
        Other other = others.computeIfAbsent(text, Other::new);
        other.count++;
        if (!run.sentenceStart() || words.size() < run.words().size()) {
            other.inText++;
        }
    }

    private List<ArticleDraft.Term> suggestions() {
        List<ArticleDraft.Term> terms = new ArrayList<>(people.terms());
        for (Map.Entry<String, Other> entry : others.entrySet()) {
            Other other = entry.getValue();
            if (other.count >= 2 && (other.inText > 0 || entry.getKey().contains(" "))) {
                terms.add(new ArticleDraft.Term(entry.getKey(), "", entry.getValue().introducedBy));
            }
        }
        return terms.size() > MAX_SUGGESTIONS ? terms.subList(0, MAX_SUGGESTIONS) : terms;
    }
}
