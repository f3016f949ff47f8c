package org.roundtable.article;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The English words {@link GlossarySuggestions} reads names by: capitalised words that are no names, words that make
 * a name a place or an organisation, nationalities, and the titles and roles that introduce a person.
 */
final class NameWords {

    /** Capitalised words that are no names: sentence openers, months and days, pronouns, titles of address. */
    static final Set<String> COMMON = Set.of("The", "A", "An", "This", "That", "These", "Those", "It", "Its",
            "He", "She", "They", "We", "You", "I", "His", "Her", "Their", "Our", "Your", "My", "But", "And", "Or",
            "If", "As", "At", "By", "In", "On", "Of", "For", "From", "To", "With", "Without", "After", "Before",
            "Since", "Despite", "Although", "While", "When", "Where", "What", "Why", "Who", "How", "Which", "Here",
            "There", "Now", "Then", "However", "Initially", "Meanwhile", "Still", "Yet", "So", "Also", "Even",
            "Let", "Let’s", "Mr", "Mrs", "Ms", "Dr", "January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday",
            "Friday", "Saturday", "Sunday", "Today", "Yesterday", "Tomorrow", "Conclusion", "Introduction");

    /** Words that make a run of capitalised words a place or an organisation, not a person. */
    static final Set<String> NOT_PERSON = Set.of("East", "West", "North", "South", "One", "Force", "Union",
            "States", "Kingdom", "Nations", "Council", "House", "Office", "Ministry", "Institute", "War", "Party",
            "Court", "Bank", "City", "Sea", "Communiqué", "Organization", "Organisation", "Treaty", "Agreement",
            "Republic", "Federation", "Assembly", "Parliament", "Fund", "Kremlin", "Army", "Forces", "Group",
            "Summit", "Talks", "Europe", "Asia", "Africa", "America", "Street", "University", "Times", "News", "Post",
            "Committee", "Commission", "Agency", "Service", "Department", "Airport", "Square", "Palace", "Island",
            "Islands", "Ocean", "River", "Mountains", "Gulf", "Coast", "Accords", "Pact", "Alliance", "Day");

    /** Nationality adjectives and abbreviations, with the country they name. */
    static final Map<String, String> COUNTRIES = Map.ofEntries(Map.entry("Ukrainian", "Ukraine"),
            Map.entry("Russian", "Russia"), Map.entry("Turkish", "Turkey"), Map.entry("U.S.", "the United States"),
            Map.entry("US", "the United States"), Map.entry("American", "the United States"),
            Map.entry("British", "the United Kingdom"), Map.entry("UK", "the United Kingdom"),
            Map.entry("U.K.", "the United Kingdom"), Map.entry("French", "France"), Map.entry("German", "Germany"),
            Map.entry("Chinese", "China"), Map.entry("Polish", "Poland"), Map.entry("Italian", "Italy"),
            Map.entry("Spanish", "Spain"), Map.entry("Israeli", "Israel"), Map.entry("Iranian", "Iran"),
            Map.entry("Indian", "India"), Map.entry("Japanese", "Japan"), Map.entry("Canadian", "Canada"),
            Map.entry("Saudi", "Saudi Arabia"), Map.entry("Belarusian", "Belarus"), Map.entry("Hungarian", "Hungary"));

    /** A title before a name, inside the run of capitalised words: "Deputy Foreign Minister", "Secretary of State". */
    static final Pattern TITLE = Pattern.compile("((?:(?:Deputy|Vice|Prime|Foreign|Defen[cs]e|Interior|"
            + "Finance|Special|Chief|Former|Acting)\\s+)*(?:President|Minister|Secretary\\s+of\\s+State|Secretary|"
            + "Chancellor|Envoy|Ambassador|Senator|Governor|Mayor|General|King|Queen|Pope|Prince|Spokesman|"
            + "Spokeswoman|Adviser|Advisor|Aide|Commander|Director|Premier|Leader))\\s+");

    /** A role written in lower case right before a name: "presidential aide", "his chief of staff,". */
    static final Pattern ROLE_BEFORE = Pattern.compile("((?:(?:presidential|special|deputy|foreign|defen[cs]e"
            + "|prime|former|senior|top|chief|military|national|security|lead|his|her|their)\\s+){0,3}"
            + "(?:chief of staff|aides?|envoys?|ministers?|advis[eo]rs?|spokes(?:man|woman|person)|ambassadors?|"
            + "president|secretary|generals?|commanders?|leaders?|officials?|head|director|chancellor|premier|"
            + "negotiators?)),?\\s+$");

    /** A role after a name and a comma: "Vladimir Medinsky, a presidential aide who", "…, head of …". */
    static final Pattern ROLE_AFTER = Pattern.compile("^,\\s+(?:(?:a|an|the|his|her|their)\\s+)?"
            + "((?:[\\p{Ll}-]+\\s+){0,2}(?:aide|envoy|minister|advis[eo]r|spokes(?:man|woman|person)|ambassador|"
            + "president|secretary|general|commander|leader|official|head|director|chancellor|negotiator)"
            + "(?:\\s+of\\s+[\\p{L} ]+?)?)(?=\\s+who\\b|[,.;:)]|$)");

    private static final Pattern POSSESSIVE_BEFORE = Pattern.compile("((?:the\\s+)?\\p{Lu}[\\p{L}.]*)[’']s\\s+$");

    private NameWords() {
    }

    /** The country, or other name, whose person this is: "Russia’s Vladimir Medinsky". */
    static String possessiveCountryBefore(String paragraph, int start) {
        Matcher m = POSSESSIVE_BEFORE.matcher(paragraph.substring(Math.max(0, start - 30), start));
        return m.find() ? m.group(1) : null;
    }

    static boolean isNameWord(String word) {
        return word.length() > 1 && Character.isUpperCase(word.codePointAt(0))
                && word.chars().skip(1).anyMatch(Character::isLowerCase) && !COMMON.contains(word)
                && !NOT_PERSON.contains(word) && !COUNTRIES.containsKey(word);
    }

    /**
     * "Defense Minister" → "Defense minister"; "President" and Ukraine → "President of Ukraine"; "head of Russian
     * military intelligence" → "Head of Russian military intelligence": only a title's own words lose their capital.
     */
    static String explanation(String role, String country) {
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

    static String singular(String role) {
        return role.endsWith("s") && !role.endsWith("ss") ? role.substring(0, role.length() - 1) : role;
    }
}
