package org.roundtable.article;

import static org.roundtable.article.NameWords.COMMON;
import static org.roundtable.article.NameWords.COUNTRIES;
import static org.roundtable.article.NameWords.ROLE_AFTER;
import static org.roundtable.article.NameWords.ROLE_BEFORE;
import static org.roundtable.article.NameWords.TITLE;
import static org.roundtable.article.NameWords.explanation;
import static org.roundtable.article.NameWords.possessiveCountryBefore;
import static org.roundtable.article.NameWords.singular;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

import org.roundtable.article.NameRuns.Run;

/**
 * The people a draft names, for {@link GlossarySuggestions}, in the order it names them: each with the phrase that
 * introduced them and the explanation their title or role gives. A surname alone ("Umerov") is a mention of a
 * person seen earlier, not a person of its own.
 */
final class NamedPeople {

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

    private final Map<String, Person> people = new LinkedHashMap<>();
    /** The words the draft writes in lower case somewhere: capitalised, they open a sentence and name nobody. */
    private final Set<String> lowerCaseWords;

    NamedPeople(Set<String> lowerCaseWords) {
        this.lowerCaseWords = lowerCaseWords;
    }

    /** A run read as a possible name: without a sentence opener, the nationality before it and its title. */
    private record Candidate(List<String> words, String title, String country, int start) {

        String name() {
            return String.join(" ", words);
        }
    }

    /** How the text introduced a person, and the explanation that follows from it (null when it gives none). */
    private record Introduction(String introducedBy, String explanation) {
    }

    /** Records the run as a person when it is one: a title and a name, or two to four name words. */
    void find(String paragraph, Run run) {
        Candidate candidate = candidate(paragraph, run);
        if (candidate == null) {
            return;
        }
        String name = candidate.name();
        Person known = personFor(name);
        if (known != null && (known.explanation != null || candidate.title() == null)) {
            return;
        }
        Introduction introduction = introduction(paragraph, run, candidate);
        if (known != null) {
            // A surname given a title later ("President Trump") adds the role to the full name seen earlier.
            known.explanation = introduction.explanation();
            known.introducedBy = introduction.introducedBy();
        } else if (isNewName(candidate)) {
            Person person = new Person(name, introduction.introducedBy(), introduction.explanation());
            person.paragraph = paragraph;
            person.end = run.end();
            person.pluralRole = introduction.introducedBy().matches("(?s).*(?:aides|envoys|ministers|advis[eo]rs"
                    + "|ambassadors|generals|commanders|leaders|officials|negotiators) .*");
            people.put(name, person);
        }
    }

    private static Candidate candidate(String paragraph, Run run) {
        String text = run.text();
        List<String> words = new ArrayList<>(run.words());
        int start = run.start();
        if (run.sentenceStart() && COMMON.contains(words.get(0))) {
            int next = paragraph.indexOf(words.get(words.size() > 1 ? 1 : 0), start + words.get(0).length());
            start = next < 0 ? start : next;
            words.remove(0);
            text = String.join(" ", words);
        }
        String country = null;
        if (!words.isEmpty() && COUNTRIES.containsKey(words.get(0))) {
            country = COUNTRIES.get(words.get(0));
            text = text.substring(words.get(0).length()).strip();
            words.remove(0);
        }
        String title = null;
        Matcher titled = TITLE.matcher(text);
        if (titled.lookingAt()) {
            title = titled.group(1).replaceAll("\\s+", " ");
            words = List.of(text.substring(titled.end()).split(" "));
        }
        boolean named = !words.isEmpty() && words.size() <= 4 && words.stream().allMatch(NameWords::isNameWord);
        return named && (title != null || words.size() >= 2) ? new Candidate(words, title, country, start) : null;
    }

    /** The phrase that introduced the person, from their title, a role before or after, or a name listed with. */
    private Introduction introduction(String paragraph, Run run, Candidate candidate) {
        String named = paragraph.substring(candidate.start(), run.end()).strip();
        String country = candidate.country();
        if (candidate.title() != null) {
            return new Introduction(named, explanation(candidate.title(), country));
        }
        Matcher before = ROLE_BEFORE.matcher(paragraph.substring(Math.max(0, run.start() - 60), run.start()));
        if (before.find()) {
            String role = before.group(1);
            int roleEnd = run.start() - before.group().length() + role.length();
            return new Introduction(role + paragraph.substring(roleEnd, run.end()),
                    explanation(singular(role.replaceFirst("^(?:his|her|their)\\s+", "")), country));
        }
        Matcher after = ROLE_AFTER.matcher(paragraph.substring(run.end()));
        if (after.find()) {
            return new Introduction(paragraph.substring(run.start(), run.end() + after.end(1)).strip(),
                    explanation(after.group(1), country));
        }
        String countryBefore = possessiveCountryBefore(paragraph, run.start());
        if (countryBefore != null) {
            return new Introduction(countryBefore + "’s " + named, "From " + countryBefore);
        }
        Person listed = listedWith(paragraph, run.start());
        // "special envoys Steve Witkoff and Keith Kellogg": the second shares the role.
        return listed == null ? new Introduction(named, null)
                : new Introduction(listed.introducedBy + paragraph.substring(listed.end, run.end()),
                        listed.explanation);
    }

    /** Whether a name not seen before is one: words the text also writes in lower case ("Military Escalation") are not. */
    private boolean isNewName(Candidate candidate) {
        List<String> words = candidate.words();
        if (words.size() == 1 && !people.isEmpty()
                && lowerCaseWords.contains(candidate.name().toLowerCase(Locale.ROOT))) {
            return false;
        }
        return candidate.title() != null
                || words.stream().noneMatch(w -> lowerCaseWords.contains(w.toLowerCase(Locale.ROOT)));
    }

    /** Whether {@code text} names a person, or a part of one's name. */
    boolean named(String text) {
        return personFor(text) != null || isPartOfAPerson(text);
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

    private boolean isPartOfAPerson(String text) {
        for (Person person : people.values()) {
            if ((" " + person.name + " ").contains(" " + text + " ")) {
                return true;
            }
        }
        return false;
    }

    /** The people as who's-who entries, the explanation empty where the text gave none. */
    List<ArticleDraft.Term> terms() {
        List<ArticleDraft.Term> terms = new ArrayList<>();
        for (Person person : people.values()) {
            terms.add(new ArticleDraft.Term(person.name, person.explanation == null ? "" : person.explanation,
                    person.introducedBy));
        }
        return terms;
    }
}
