package org.roundtable.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The runs of capitalised words in one paragraph, where {@link GlossarySuggestions} looks for names: "Defense
 * Minister Rustem Umerov", "Institute for the Study of War". A possessive ("Russia’s"), punctuation or a hyphen
 * ends a run.
 */
final class NameRuns {

    /** A run of capitalised words, where it stands in its paragraph, and whether it opens a sentence. */
    record Run(String text, List<String> words, int start, int end, boolean sentenceStart) {
    }

    /** A word: an abbreviation such as "U.S.", or letters with apostrophes inside; hyphens split words. */
    static final Pattern WORD = Pattern.compile("\\p{Lu}(?:\\.\\p{Lu})+\\.?|[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}'’]*");

    /** Lower-case words that may join the capitalised words of one name: "Institute for the Study of War". */
    private static final Set<String> CONNECTORS = Set.of("of", "for", "the", "de", "von", "van", "al", "bin");

    private final String text;
    private final List<Run> runs = new ArrayList<>();
    private List<String> words = new ArrayList<>();
    private int start = -1;
    private int end = -1;
    private boolean sentenceStart;

    private NameRuns(String text) {
        this.text = text;
    }

    static List<Run> of(String text) {
        NameRuns reading = new NameRuns(text);
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            reading.take(word.group(), word.start());
        }
        reading.close();
        return reading.runs;
    }

    private void take(String found, int at) {
        boolean possessive = found.endsWith("’s") || found.endsWith("'s");
        String word = possessive ? found.substring(0, found.length() - 2) : found;
        boolean joined = start >= 0 && text.substring(end, at).matches(" +");
        boolean capital = !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
        if (joined && (capital || CONNECTORS.contains(word))) {
            words.add(word);
            end = at + word.length();
        } else {
            close();
            if (capital) {
                start = at;
                end = at + word.length();
                words.add(word);
                sentenceStart = isSentenceStart(at);
            }
        }
        if (possessive && start >= 0) {
            close();
        }
    }

    /** Ends the run being read. Connectors only join capitalised words: "the" at the end of a run is not part of it. */
    private void close() {
        while (!words.isEmpty() && CONNECTORS.contains(words.get(words.size() - 1))) {
            String last = words.remove(words.size() - 1);
            end = text.lastIndexOf(last, end) - 1;
        }
        if (start >= 0 && !words.isEmpty()) {
            runs.add(new Run(text.substring(start, end).strip(), List.copyOf(words), start, end, sentenceStart));
        }
        words = new ArrayList<>();
        start = -1;
    }

    private boolean isSentenceStart(int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '“' || c == '"' || c == '‘' || c == '(') {
                continue;
            }
            return c == '.' || c == '!' || c == '?' || c == ':';
        }
        return true;
    }
}
