package org.roundtable.article;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the paragraph of an article a quoted passage comes from, forgiving what copying and retyping change: spacing
 * and line breaks, curly or straight quotation marks and apostrophes, dashes, case, and a few words added, left out
 * or changed.
 *
 * <p>Both texts are read as words (letters and digits; apostrophes dropped inside a word, every other mark a space).
 * The quote is aligned with the best-matching stretch of each paragraph (Smith–Waterman over words: +2 a word that
 * matches, −1 a word changed, added or left out); its score, divided by the score of the quote word for word, is the
 * quote's similarity to that paragraph, from 0 to 1. A quote matches the paragraph with the highest similarity when it is at
 * least {@link #THRESHOLD} and the quote has at least {@link #MIN_WORDS} words.
 */
public final class QuoteMatcher {

    /**
     * Three quarters: a changed word costs 3 points of the quote's 2 per word and a word left out 1, so one word in
     * six may be changed (a typo, "talk" for "talks"), or a few words in a row left out ("on Friday"); a sentence
     * that merely shares a phrase and the article's common words ("the talks between the two sides were …") scores
     * about half.
     */
    public static final double THRESHOLD = 0.75;

    /** Shorter quotes ("the war", "peace talks") appear in too many places to say which one is meant. */
    public static final int MIN_WORDS = 3;

    /** The longest quote compared, in words: beyond it the rest is left out, which keeps a match quick. */
    static final int MAX_WORDS = 300;

    /** Where a quote comes from, and how close it is (1: word for word). */
    public record Found(ArticleContent.Section section, ArticleContent.Paragraph paragraph, double similarity) {
    }

    private QuoteMatcher() {
    }

    /** The paragraph of {@code article} that {@code quote} comes from, if one matches. */
    public static Optional<Found> find(String quote, ArticleContent article) {
        List<String> words = words(quote);
        if (words.size() < MIN_WORDS) {
            return Optional.empty();
        }
        Found best = null;
        for (ArticleContent.Section section : article.sections()) {
            for (ArticleContent.Paragraph paragraph : section.paragraphs()) {
                double similarity = similarity(words, words(paragraph.text()));
                if (similarity >= THRESHOLD && (best == null || similarity > best.similarity())) {
                    best = new Found(section, paragraph, similarity);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The words of a text, normalised: lower case, accents kept, apostrophes dropped, every other mark a space. */
    static List<String> words(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < normal.length() && words.size() < MAX_WORDS; i++) {
            char c = normal.charAt(i);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                word.append(c);
            } else if (!isApostrophe(c) && !word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (!word.isEmpty() && words.size() < MAX_WORDS) {
            words.add(word.toString());
        }
        return words;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == '‘' || c == 'ʼ' || c == '`' || c == '´';
    }

    /**
     * The best local alignment of {@code quote} within {@code paragraph}, divided by the quote's word-for-word score:
     * 1 when the quote appears word for word, less for each word changed, added or left out. One row at a time.
     */
    static double similarity(List<String> quote, List<String> paragraph) {
        if (quote.isEmpty() || paragraph.isEmpty()) {
            return 0;
        }
        int[] previous = new int[paragraph.size() + 1];
        int[] current = new int[paragraph.size() + 1];
        int best = 0;
        for (String word : quote) {
            for (int j = 1; j <= paragraph.size(); j++) {
                int diagonal = previous[j - 1] + (word.equals(paragraph.get(j - 1)) ? 2 : -1);
                int gap = Math.max(previous[j], current[j - 1]) - 1;
                current[j] = Math.max(0, Math.max(diagonal, gap));
                best = Math.max(best, current[j]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return best / (2.0 * quote.size());
    }
}
