package org.roundtable.article;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.Parser;

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

    /** A word: an abbreviation such as "U.S.", or letters with apostrophes inside; hyphens split words. */
    private static final Pattern WORD = Pattern
            .compile("\\p{Lu}(?:\\.\\p{Lu})+\\.?|[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}'’]*");

    /** Lower-case words that may join the capitalised words of one name: "Institute for the Study of War". */
    private static final Set<String> CONNECTORS = Set.of("of", "for", "the", "de", "von", "van", "al", "bin");

    /** Capitalised words that are no names: sentence openers, months and days, pronouns, titles of address. */
    private static final Set<String> COMMON = Set.of("The", "A", "An", "This", "That", "These", "Those", "It", "Its",
            "He", "She", "They", "We", "You", "I", "His", "Her", "Their", "Our", "Your", "My", "But", "And", "Or",
            "If", "As", "At", "By", "In", "On", "Of", "For", "From", "To", "With", "Without", "After", "Before",
            "Since", "Despite", "Although", "While", "When", "Where", "What", "Why", "Who", "How", "Which", "Here",
            "There", "Now", "Then", "However", "Initially", "Meanwhile", "Still", "Yet", "So", "Also", "Even",
            "Let", "Let’s", "Mr", "Mrs", "Ms", "Dr", "January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday",
            "Friday", "Saturday", "Sunday", "Today", "Yesterday", "Tomorrow", "Conclusion", "Introduction");

    /** Words that make a run of capitalised words a place or an organisation, not a person. */
    private static final Set<String> NOT_PERSON = Set.of("East", "West", "North", "South", "One", "Force", "Union",
            "States", "Kingdom", "Nations", "Council", "House", "Office", "Ministry", "Institute", "War", "Party",
            "Court", "Bank", "City", "Sea", "Communiqué", "Organization", "Organisation", "Treaty", "Agreement",
            "Republic", "Federation", "Assembly", "Parliament", "Fund", "Kremlin", "Army", "Forces", "Group",
            "Summit", "Talks", "Europe", "Asia", "Africa", "America", "Street", "University", "Times", "News", "Post",
            "Committee", "Commission", "Agency", "Service", "Department", "Airport", "Square", "Palace", "Island",
            "Islands", "Ocean", "River", "Mountains", "Gulf", "Coast", "Accords", "Pact", "Alliance", "Day");

    /** Nationality adjectives and abbreviations, with the country they name. */
    private static final Map<String, String> COUNTRIES = Map.ofEntries(Map.entry("Ukrainian", "Ukraine"),
            Map.entry("Russian", "Russia"), Map.entry("Turkish", "Turkey"), Map.entry("U.S.", "the United States"),
            Map.entry("US", "the United States"), Map.entry("American", "the United States"),
            Map.entry("British", "the United Kingdom"), Map.entry("UK", "the United Kingdom"),
            Map.entry("U.K.", "the United Kingdom"), Map.entry("French", "France"), Map.entry("German", "Germany"),
            Map.entry("Chinese", "China"), Map.entry("Polish", "Poland"), Map.entry("Italian", "Italy"),
            Map.entry("Spanish", "Spain"), Map.entry("Israeli", "Israel"), Map.entry("Iranian", "Iran"),
            Map.entry("Indian", "India"), Map.entry("Japanese", "Japan"), Map.entry("Canadian", "Canada"),
            Map.entry("Saudi", "Saudi Arabia"), Map.entry("Belarusian", "Belarus"), Map.entry("Hungarian", "Hungary"));

    /** A title before a name, inside the run of capitalised words: "Deputy Foreign Minister", "Secretary of State". */
    private static final Pattern TITLE = Pattern.compile("((?:(?:Deputy|Vice|Prime|Foreign|Defen[cs]e|Interior|"
            + "Finance|Special|Chief|Former|Acting)\\s+)*(?:President|Minister|Secretary\\s+of\\s+State|Secretary|"
            + "Chancellor|Envoy|Ambassador|Senator|Governor|Mayor|General|King|Queen|Pope|Prince|Spokesman|"
            + "Spokeswoman|Adviser|Advisor|Aide|Commander|Director|Premier|Leader))\\s+");

    /** A role written in lower case right before a name: "presidential aide", "his chief of staff,". */
    private static final Pattern ROLE_BEFORE = Pattern.compile("((?:(?:presidential|special|deputy|foreign|defen[cs]e"
            + "|prime|former|senior|top|chief|military|national|security|lead|his|her|their)\\s+){0,3}"
            + "(?:chief of staff|aides?|envoys?|ministers?|advis[eo]rs?|spokes(?:man|woman|person)|ambassadors?|"
            + "president|secretary|generals?|commanders?|leaders?|officials?|head|director|chancellor|premier|"
            + "negotiators?)),?\\s+$");

    /** A role after a name and a comma: "Vladimir Medinsky, a presidential aide who", "…, head of …". */
    private static final Pattern ROLE_AFTER = Pattern.compile("^,\\s+(?:(?:a|an|the|his|her|their)\\s+)?"
            + "((?:[\\p{Ll}-]+\\s+){0,2}(?:aide|envoy|minister|advis[eo]r|spokes(?:man|woman|person)|ambassador|"
            + "president|secretary|general|commander|leader|official|head|director|chancellor|negotiator)"
            + "(?:\\s+of\\s+[\\p{L} ]+?)?)(?=\\s+who\\b|[,.;:)]|$)");

    /** What the run of capitalised words that makes a person's name looked like the first time. */
    private static final class Person {

        final String name;
        final String surname;
        String introducedBy;
        String explanation;
        /** Where the name was first seen, to find a second name listed with it ("X and Y"). */
        String paragraph;
        int end;
        boolean pluralRole;

        Person(String name, String introducedBy, String explanation) {
            this.name = name;
            this.surname = name.substring(name.lastIndexOf(' ') + 1);
            this.introducedBy = introducedBy;
            this.explanation = explanation;
        }
    }

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

    /** A run of capitalised words in one paragraph. */
    private record Run(String text, List<String> words, int start, int end, boolean sentenceStart) {
    }

    private final Map<String, Person> people = new LinkedHashMap<>();
    private final Map<String, Other> others = new LinkedHashMap<>();
    private final Set<String> lowerCaseWords = new HashSet<>();

    private GlossarySuggestions() {
    }

    public static List<ArticleDraft.Term> suggest(ArticleDraft draft) {
        List<String> paragraphs = new ArrayList<>();
        for (ArticleDraft.Section section : draft.sections()) {
            paragraphs.addAll(paragraphsOf(section.markdown()));
        }
        GlossarySuggestions guess = new GlossarySuggestions();
        for (String paragraph : paragraphs) {
            Matcher word = WORD.matcher(paragraph);
            while (word.find()) {
                if (Character.isLowerCase(word.group().codePointAt(0))) {
                    guess.lowerCaseWords.add(word.group());
                }
            }
        }
        List<List<Run>> runs = paragraphs.stream().map(GlossarySuggestions::runsOf).toList();
        for (int i = 0; i < paragraphs.size(); i++) {
            for (Run run : runs.get(i)) {
                guess.findPerson(paragraphs.get(i), run);
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

    /** The runs of capitalised words: a possessive ("Russia’s"), punctuation or a hyphen ends one. */
    private static List<Run> runsOf(String text) {
        List<Run> runs = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        List<String> words = new ArrayList<>();
        int start = -1;
        int end = -1;
        boolean sentenceStart = false;
        while (m.find()) {
            String word = m.group();
            boolean possessive = word.endsWith("’s") || word.endsWith("'s");
            if (possessive) {
                word = word.substring(0, word.length() - 2);
            }
            boolean joined = start >= 0 && text.substring(end, m.start()).matches(" +");
            boolean capital = !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
            if (joined && (capital || CONNECTORS.contains(word))) {
                words.add(word);
                end = m.start() + word.length();
            } else {
                addRun(runs, text, words, start, end, sentenceStart);
                words = new ArrayList<>();
                start = -1;
                if (capital) {
                    start = m.start();
                    end = m.start() + word.length();
                    words.add(word);
                    sentenceStart = isSentenceStart(text, m.start());
                }
            }
            if (possessive && start >= 0) {
                addRun(runs, text, words, start, end, sentenceStart);
                words = new ArrayList<>();
                start = -1;
            }
        }
        addRun(runs, text, words, start, end, sentenceStart);
        return runs;
    }

    private static void addRun(List<Run> runs, String text, List<String> words, int start, int end,
            boolean sentenceStart) {
        // Connectors only join capitalised words: "the" at the end of a run is not part of it.
        while (!words.isEmpty() && CONNECTORS.contains(words.get(words.size() - 1))) {
            String last = words.remove(words.size() - 1);
            end = text.lastIndexOf(last, end) - 1;
        }
        if (start >= 0 && !words.isEmpty()) {
            runs.add(new Run(text.substring(start, end).strip(), List.copyOf(words), start, end, sentenceStart));
        }
    }

    private static boolean isSentenceStart(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '“' || c == '"' || c == '‘' || c == '(') {
                continue;
            }
            return c == '.' || c == '!' || c == '?' || c == ':';
        }
        return true;
    }

    /** Records the run as a person when it is one: a title and a name, or two to four name words. */
    private void findPerson(String paragraph, Run run) {
        String text = run.text();
        String title = null;
        String country = null;
        List<String> words = new ArrayList<>(run.words());
        int start = run.start();
        if (run.sentenceStart() && COMMON.contains(words.get(0))) {
            int next = paragraph.indexOf(words.get(words.size() > 1 ? 1 : 0), start + words.get(0).length());
            start = next < 0 ? start : next;
            words.remove(0);
            text = String.join(" ", words);
        }
        if (!words.isEmpty() && COUNTRIES.containsKey(words.get(0))) {
            country = COUNTRIES.get(words.get(0));
            text = text.substring(words.get(0).length()).strip();
            words.remove(0);
        }
        Matcher titled = TITLE.matcher(text);
        if (titled.lookingAt()) {
            title = titled.group(1).replaceAll("\\s+", " ");
            text = text.substring(titled.end());
            words = List.of(text.split(" "));
        }
        if (words.isEmpty() || words.size() > 4 || !words.stream().allMatch(GlossarySuggestions::isNameWord)) {
            return;
        }
        if (title == null && words.size() < 2) {
            return;
        }
        String name = String.join(" ", words);
        Person known = personFor(name);
        if (known != null && (known.explanation != null || title == null)) {
            return;
        }
        String introducedBy = paragraph.substring(start, run.end()).strip();
        String explanation = null;
        if (title != null) {
            explanation = explanation(title, country);
        } else {
            Matcher before = ROLE_BEFORE.matcher(paragraph.substring(Math.max(0, run.start() - 60), run.start()));
            Matcher after = ROLE_AFTER.matcher(paragraph.substring(run.end()));
            String countryBefore = possessiveCountryBefore(paragraph, run.start());
            if (before.find()) {
                String role = before.group(1);
                introducedBy = role + paragraph.substring(run.start() - before.group().length() + role.length(),
                        run.end());
                explanation = explanation(singular(role.replaceFirst("^(?:his|her|their)\\s+", "")), country);
            } else if (after.find()) {
                introducedBy = paragraph.substring(run.start(), run.end() + after.end(1)).strip();
                explanation = explanation(after.group(1), country);
            } else if (countryBefore != null) {
                introducedBy = countryBefore + "’s " + introducedBy;
                explanation = "From " + countryBefore;
            } else {
                Person listed = listedWith(paragraph, run.start());
                if (listed != null) {
                    // "special envoys Steve Witkoff and Keith Kellogg": the second shares the role.
                    introducedBy = listed.introducedBy + paragraph.substring(listed.end, run.end());
                    explanation = listed.explanation;
                }
            }
        }
        if (known != null) {
            // A surname given a title later ("President Trump") adds the role to the full name seen earlier.
            known.explanation = explanation;
            known.introducedBy = introducedBy;
            return;
        }
        if (words.size() == 1 && !people.isEmpty() && lowerCaseWords.contains(name.toLowerCase(Locale.ROOT))) {
            return;
        }
        if (title == null && words.stream().anyMatch(w -> lowerCaseWords.contains(w.toLowerCase(Locale.ROOT)))) {
            return; // "Military Escalation": words the text also writes in lower case are no name
        }
        Person person = new Person(name, introducedBy, explanation);
        person.paragraph = paragraph;
        person.end = run.end();
        person.pluralRole = introducedBy.matches("(?s).*(?:aides|envoys|ministers|advis[eo]rs|ambassadors|generals"
                + "|commanders|leaders|officials|negotiators) .*");
        people.put(name, person);
    }

    /** The person {@code name} names: by the full name, or a surname alone matching a full name seen earlier. */
    private Person personFor(String name) {
        Person exact = people.get(name);
        if (exact != null) {
            return exact;
        }
        for (Person person : people.values()) {
            if (person.surname.equals(name) || name.endsWith(" " + person.surname)) {
                return person;
            }
        }
        return null;
    }

    /** The person named with a plural role right before "and" and this name, if any. */
    private Person listedWith(String paragraph, int start) {
        for (Person person : people.values()) {
            if (person.pluralRole && person.paragraph.equals(paragraph)
                    && paragraph.substring(person.end, start).matches("\\s+and\\s+")) {
                return person;
            }
        }
        return null;
    }

    private static String possessiveCountryBefore(String paragraph, int start) {
        Matcher m = Pattern.compile("((?:the\\s+)?\\p{Lu}[\\p{L}.]*)[’']s\\s+$")
                .matcher(paragraph.substring(Math.max(0, start - 30), start));
        return m.find() ? m.group(1) : null;
    }

    private static boolean isNameWord(String word) {
        return word.length() > 1 && Character.isUpperCase(word.codePointAt(0))
                && word.chars().skip(1).anyMatch(Character::isLowerCase) && !COMMON.contains(word)
                && !NOT_PERSON.contains(word) && !COUNTRIES.containsKey(word);
    }

    /**
     * "Defense Minister" → "Defense minister"; "President" and Ukraine → "President of Ukraine"; "head of Russian
     * military intelligence" → "Head of Russian military intelligence": only a title's own words lose their capital.
     */
    private static String explanation(String role, String country) {
        StringBuilder sentence = new StringBuilder();
        for (String word : role.split(" ")) {
            boolean titleWord = TITLE.matcher(word + " ").matches() || word.matches("Deputy|Vice|Prime|Foreign|"
                    + "Defen[cs]e|Interior|Finance|Special|Chief|Former|Acting|State|Secretary");
            sentence.append(sentence.length() == 0 ? "" : " ")
                    .append(titleWord ? word.toLowerCase(Locale.ROOT) : word);
        }
        sentence.setCharAt(0, Character.toUpperCase(sentence.charAt(0)));
        return country == null ? sentence.toString() : sentence + " of " + country;
    }

    private static String singular(String role) {
        return role.endsWith("s") && !role.endsWith("ss") ? role.substring(0, role.length() - 1) : role;
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
        if (TITLE.matcher(text + " ").matches() || personFor(text) != null || isPartOfAPerson(text)) {
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

    private boolean isPartOfAPerson(String text) {
        for (Person person : people.values()) {
            if ((" " + person.name + " ").contains(" " + text + " ")) {
                return true;
            }
        }
        return false;
    }

    private List<ArticleDraft.Term> suggestions() {
        List<ArticleDraft.Term> terms = new ArrayList<>();
        for (Person person : people.values()) {
            terms.add(new ArticleDraft.Term(person.name, person.explanation == null ? "" : person.explanation,
                    person.introducedBy));
        }
        for (Map.Entry<String, Other> entry : others.entrySet()) {
            Other other = entry.getValue();
            if (other.count >= 2 && (other.inText > 0 || entry.getKey().contains(" "))) {
                terms.add(new ArticleDraft.Term(entry.getKey(), "", entry.getValue().introducedBy));
            }
        }
        return terms.size() > MAX_SUGGESTIONS ? terms.subList(0, MAX_SUGGESTIONS) : terms;
    }
}
