package org.roundtable.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.roundtable.Plurals;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;

/**
 * Every message bundle speaks every interface language completely: the same keys in each file, no English left
 * in a translation, and every counted message tried with 1, 2, 5 and 21 in every language, with a form of its
 * own for each plural category the language has (Ukrainian: one, few, many).
 */
class MessageBundlesTest {

    static final List<String> LANGUAGES = List.of("en", "uk");
    static final int[] COUNTS = { 1, 2, 5, 21 };
    /**
     * Words a Ukrainian text may write in Latin letters: the product's name, formats' names, and the example codes
     * the join and come-back forms show (a code is typed as it is, whatever the language).
     */
    static final Set<String> LATIN_IN_UKRAINIAN = Set.of("Roundtable", "CSV", "Markdown", "URL", "HTML", "PDF",
            "Chromebook", "PostgreSQL", "H2", "ID", "QR", "AI", "BBC", "Wi", "Fi", "K7QX2M", "K7QX2M.", "ABCD-EFGH",
            "ABCD-EFGH.");
    private static final Pattern QUTE_PARAMETER = Pattern.compile("\\{[A-Za-z_][A-Za-z0-9_.]*}");
    private static final Pattern LATIN_WORD = Pattern.compile("\\p{IsLatin}[\\p{IsLatin}']*");
    private static final Path MESSAGES = Path.of("src/main/resources/messages");

    @Test
    void everyBundleHasEveryKeyInEveryLanguage() {
        List<String> problems = new ArrayList<>();
        for (String bundle : bundles()) {
            Map<String, Properties> byLanguage = new TreeMap<>();
            LANGUAGES.forEach(language -> byLanguage.put(language, load(bundle, language)));
            Set<String> all = new TreeSet<>();
            byLanguage.values().forEach(p -> all.addAll(p.stringPropertyNames()));
            byLanguage.forEach((language, messages) -> all.stream()
                    .filter(key -> messages.getProperty(key) == null || messages.getProperty(key).isBlank())
                    .forEach(key -> problems.add(bundle + "_" + language + " has no " + key)));
        }
        assertFalse(bundles().isEmpty());
        assertEquals(List.of(), problems);
    }

    @Test
    void noTranslationIsLeftInEnglish() {
        List<String> problems = new ArrayList<>();
        for (String bundle : bundles()) {
            load(bundle, "uk").forEach((key, value) -> {
                List<String> latin = latinWords(value.toString());
                if (!latin.isEmpty()) {
                    problems.add(bundle + "_uk." + key + " has " + latin + ": " + value);
                }
            });
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyCountedMessageIsTriedWith1And2And5And21InEveryLanguage() {
        List<String> problems = new ArrayList<>();
        int tried = 0;
        for (String bundle : bundles()) {
            for (String language : LANGUAGES) {
                Locale locale = Locale.forLanguageTag(language);
                PluralRules rules = PluralRules.forLocale(ULocale.forLocale(locale));
                for (Map.Entry<Object, Object> message : load(bundle, language).entrySet()) {
                    String value = message.getValue().toString();
                    if (!value.contains("plural")) {
                        continue;
                    }
                    String where = bundle + "_" + language + "." + message.getKey();
                    String pattern = value.strip().replaceAll("^\\{\\|", "").replaceAll("\\|}$", "");
                    if (pattern.equals(value.strip())) {
                        problems.add(where + " is not written between {| and |}, so Qute would read its braces");
                        continue;
                    }
                    Set<String> forms = selectors(pattern);
                    for (int count : COUNTS) {
                        tried++;
                        String category = rules.select(count);
                        if (!forms.contains(category) && !forms.contains("=" + count)) {
                            problems.add(where + " has no '" + category + "' form for " + count);
                        }
                        String text = Plurals.format(locale, pattern, count);
                        if (text.isBlank() || text.contains("{") || text.contains("}")) {
                            problems.add(where + " gives \"" + text + "\" for " + count);
                        }
                    }
                }
            }
        }
        assertFalse(tried == 0, "no counted message was found");
        assertEquals(List.of(), problems);
    }

    @Test
    void ukrainianCountsFollowUkrainianRules() {
        String replies = "{count, plural, one {# відповідь} few {# відповіді} many {# відповідей} other {# відповіді}}";
        Locale uk = Locale.forLanguageTag("uk");
        assertEquals("1 відповідь", Plurals.format(uk, replies, 1));
        assertEquals("2 відповіді", Plurals.format(uk, replies, 2));
        assertEquals("5 відповідей", Plurals.format(uk, replies, 5));
        assertEquals("21 відповідь", Plurals.format(uk, replies, 21));
        assertEquals("11 відповідей", Plurals.format(uk, replies, 11));
    }

    /** The Latin words of a Ukrainian message, beyond its parameters, ICU keywords and allowed names. */
    static List<String> latinWords(String value) {
        String text = QUTE_PARAMETER.matcher(value).replaceAll(" ");
        text = text.replaceAll("\\{\\s*count\\s*,\\s*plural\\s*,", " ")
                .replaceAll("(?<![\\p{L}])(zero|one|two|few|many|other)\\s*\\{", " ");
        List<String> found = new ArrayList<>();
        Matcher words = LATIN_WORD.matcher(text);
        while (words.find()) {
            if (!LATIN_IN_UKRAINIAN.contains(words.group())) {
                found.add(words.group());
            }
        }
        return found;
    }

    private static Set<String> selectors(String pattern) {
        MessagePattern parsed = new MessagePattern(pattern);
        Set<String> found = new TreeSet<>();
        for (int i = 0; i < parsed.countParts(); i++) {
            MessagePattern.Part part = parsed.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
                found.add(parsed.getSubstring(part));
            }
        }
        return found;
    }

    static List<String> bundles() {
        try (Stream<Path> files = Files.list(MESSAGES)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith("_en.properties"))
                    .map(n -> n.substring(0, n.length() - "_en.properties".length())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Properties load(String bundle, String language) {
        Properties properties = new Properties();
        Path file = MESSAGES.resolve(bundle + "_" + language + ".properties");
        if (!Files.exists(file)) {
            return properties;
        }
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
