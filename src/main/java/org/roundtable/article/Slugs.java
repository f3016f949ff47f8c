package org.roundtable.article;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/** Slugs of articles and anchors of sections: lowercase ASCII words joined by hyphens. */
final class Slugs {

    private Slugs() {
    }

    /**
     * The slug of an article without a 'slug:' line. A title may be longer than a slug, so a long one is cut at the
     * last whole word that fits: the author did not write this slug, so there is no line to blame.
     */
    static String ofTitle(String title) {
        String slug = anchorText(title);
        if (slug.length() <= ArticleMarkdown.MAX_SLUG_CHARS) {
            return slug;
        }
        int cut = slug.lastIndexOf('-', ArticleMarkdown.MAX_SLUG_CHARS);
        return slug.substring(0, cut > 0 ? cut : ArticleMarkdown.MAX_SLUG_CHARS);
    }

    /** A section's anchor, unique among {@code taken} (which it joins); "section-N" when the heading has no letters. */
    static String uniqueAnchor(String heading, Set<String> taken, int number) {
        String base = anchorText(heading);
        if (base.isEmpty()) {
            base = "section-" + number;
        }
        String anchor = base;
        for (int n = 2; !taken.add(anchor); n++) {
            anchor = base + "-" + n;
        }
        return anchor;
    }

    /**
     * Lowercase ASCII slug: accents are folded ("Café" → "cafe"), other non-ASCII letters are dropped, and runs of
     * anything that is not a letter or digit become one hyphen.
     */
    static String anchorText(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return folded.toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
    }
}
