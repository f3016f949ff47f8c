package org.roundtable.classroom;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.roundtable.language.Messages;

/**
 * Per-class pseudonyms such as "Amber Heron", shown to classmates in anonymous classes. A pseudonym is stored in
 * English and said in the reader's language ({@link #spoken}): {@code pseudonyms/<language>.properties} gives each
 * colour and animal in that language, with the adjective agreeing with the animal ("Бурштинова Чапля").
 */
public final class Pseudonyms {

    static final List<String> COLOURS = List.of("Amber", "Azure", "Coral", "Crimson", "Golden", "Indigo",
            "Ivory", "Jade", "Lilac", "Maroon", "Ochre", "Olive", "Pearl", "Russet", "Sage", "Scarlet", "Silver",
            "Teal", "Umber", "Violet");
    static final List<String> ANIMALS = List.of("Badger", "Beaver", "Crane", "Dolphin", "Falcon", "Fox",
            "Hare", "Heron", "Ibis", "Lynx", "Marten", "Otter", "Owl", "Panda", "Puffin", "Raven", "Robin", "Seal",
            "Swift", "Wren");

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern STORED = Pattern.compile("(\\p{L}+) (\\p{L}+)( \\d+)?");
    private static final Map<String, Properties> WORDS = new ConcurrentHashMap<>();

    private Pseudonyms() {
    }

    /** A pseudonym not yet used in the class; after 400 students, a number keeps them apart. */
    public static String pick(Classroom classroom) {
        for (int attempt = 0; attempt < 50; attempt++) {
            String candidate = random();
            if (!Enrollment.pseudonymTaken(classroom, candidate)) {
                return candidate;
            }
        }
        String candidate;
        do {
            candidate = random() + " " + (2 + RANDOM.nextInt(998));
        } while (Enrollment.pseudonymTaken(classroom, candidate));
        return candidate;
    }

    private static String random() {
        return COLOURS.get(RANDOM.nextInt(COLOURS.size())) + " " + ANIMALS.get(RANDOM.nextInt(ANIMALS.size()));
    }

    /** The pseudonym in the language being spoken; as stored where that language has no words for it. */
    public static String spoken(String stored) {
        return stored == null ? null : spoken(stored, Messages.locale());
    }

    /** The pseudonym in {@code locale}; as stored where that language has no words for it. */
    public static String spoken(String stored, Locale locale) {
        Properties words = WORDS.computeIfAbsent(locale.getLanguage(), Pseudonyms::load);
        Matcher parts = STORED.matcher(stored);
        if (words.isEmpty() || !parts.matches()) {
            return stored;
        }
        String colour = words.getProperty("colour." + parts.group(1));
        String animal = words.getProperty("animal." + parts.group(2));
        if (colour == null || animal == null) {
            return stored;
        }
        String[] forms = colour.split("\\|");
        String[] genderAndWord = animal.split("\\|");
        String adjective = genderAndWord[0].equals("f") && forms.length > 1 ? forms[1] : forms[0];
        return adjective + " " + genderAndWord[1] + (parts.group(3) == null ? "" : parts.group(3));
    }

    private static Properties load(String language) {
        Properties words = new Properties();
        try (InputStream in = Pseudonyms.class.getResourceAsStream("/pseudonyms/" + language + ".properties")) {
            if (in != null) {
                words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
