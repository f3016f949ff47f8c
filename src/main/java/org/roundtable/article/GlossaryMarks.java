package org.roundtable.article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeFilter.FilterResult;
import org.jsoup.select.NodeTraversor;

/**
 * Marks who's-who terms in an article's section HTML: the first mention of each term in each section becomes a link
 * to the term's entry in the list below the article ({@code <a class="term" href="#term-N">}), which glossary.js
 * turns into a popover. Whole words only; never inside a link, a heading or code. A person's name also matches by
 * the surname alone ("Umerov" for "Rustem Umerov").
 */
final class GlossaryMarks {

    /** Elements whose text is never marked: a link in a link is invalid, and headings and code stay as written. */
    private static final Set<String> SKIPPED = Set.of("a", "h1", "h2", "h3", "h4", "h5", "h6", "code", "pre");

    /** A capitalised word of a name: "Umerov", "O'Brien", "Jean-Luc". */
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}\\p{Ll}+(?:['’-]\\p{Lu}?\\p{Ll}+)*");

    /**
     * Last words of multi-word terms that are no surnames: "Middle East", "Air Force One", "Security Council". A
     * name ending in one of them is matched in full only.
     */
    private static final Set<String> NOT_SURNAMES = Set.of("East", "West", "North", "South", "One", "Two", "Force",
            "Union", "States", "Kingdom", "Nations", "Council", "House", "Office", "Ministry", "Institute", "War",
            "Party", "Court", "Bank", "City", "Sea", "Street", "Square", "Agreement", "Treaty", "Communiqué",
            "Accords", "Army", "Forces", "Minister", "President", "Republic", "Federation", "Assembly", "Parliament",
            "Fund");

    private GlossaryMarks() {
    }

    /** One term to mark: its position in the list (from 1) and the words that find it. */
    private record Mark(int position, Pattern pattern, int length) {
    }

    /** The article as its preview shows it: as {@code parsed}, with the terms marked in its sections. */
    static ParsedArticle marked(ParsedArticle parsed) {
        List<String> html = marked(parsed.sections().stream().map(ParsedSection::html).toList(),
                parsed.terms().stream().map(ParsedTerm::term).toList());
        List<ParsedSection> sections = new ArrayList<>();
        for (int i = 0; i < html.size(); i++) {
            ParsedSection section = parsed.sections().get(i);
            sections.add(new ParsedSection(section.heading(), section.anchor(), html.get(i)));
        }
        return new ParsedArticle(parsed.slug(), parsed.title(), parsed.dek(), parsed.publishedOn(),
                parsed.readingMinutes(), parsed.source(), parsed.url(), sections, parsed.questions(), parsed.terms());
    }

    /** The section HTML with the terms marked; {@code terms} in list order, so the Nth is {@code #term-N}. */
    static List<String> marked(List<String> sectionHtml, List<String> terms) {
        if (terms.isEmpty()) {
            return sectionHtml;
        }
        List<Mark> marks = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            String term = terms.get(i).strip();
            if (!term.isEmpty()) {
                marks.add(new Mark(i + 1, patternOf(term), term.length()));
            }
        }
        // Longer terms first, so "Istanbul Communiqué" is marked as a whole before "Istanbul" looks for its mention.
        marks.sort(Comparator.comparingInt(Mark::length).reversed());
        List<String> result = new ArrayList<>();
        for (String html : sectionHtml) {
            result.add(marked(html, marks));
        }
        return result;
    }

    private static String marked(String html, List<Mark> marks) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        boolean changed = false;
        for (Mark mark : marks) {
            changed |= markFirst(doc.body(), mark);
        }
        return changed ? doc.body().html() : html;
    }

    private static boolean markFirst(Element body, Mark mark) {
        Mention mention = firstMention(body, mark);
        if (mention == null) {
            return false;
        }
        link(mention, mark);
        return true;
    }

    /** Where a term's pattern first matches in a text node. */
    private record Mention(TextNode text, int start, int end) {
    }

    /** The first match of the term in the body's text, outside the {@link #SKIPPED} elements; null if none. */
    private static Mention firstMention(Element body, Mark mark) {
        Mention[] found = new Mention[1];
        NodeTraversor.filter(new NodeFilter() {

            @Override
            public FilterResult head(Node node, int depth) {
                if (found[0] != null) {
                    return FilterResult.STOP;
                }
                if (node instanceof Element element && SKIPPED.contains(element.normalName())) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof TextNode text) {
                    Matcher m = mark.pattern().matcher(text.getWholeText());
                    if (m.find()) {
                        found[0] = new Mention(text, m.start(), m.end());
                        return FilterResult.STOP;
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, body);
        return found[0];
    }

    /** Splits the mention out of its text node and wraps it in a link to the term's entry. */
    private static void link(Mention mention, Mark mark) {
        TextNode text = mention.text();
        TextNode match = mention.start() > 0 ? text.splitText(mention.start()) : text;
        if (mention.end() - mention.start() < match.getWholeText().length()) {
            match.splitText(mention.end() - mention.start());
        }
        // Numbered as ArticleContent.Term.listOf numbers the entries of the list.
        Element link = new Element("a").addClass("term").attr("href", "#term-" + mark.position());
        match.before(link);
        link.appendChild(match);
    }

    /** Whole words; the first letter in either case ("ceasefire" for "Ceasefire"); a person also by surname. */
    static Pattern patternOf(String term) {
        List<String> alternatives = new ArrayList<>();
        alternatives.add(words(term));
        String surname = surname(term);
        if (surname != null) {
            alternatives.add(words(surname));
        }
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", alternatives) + ")(?![\\p{L}\\p{N}])");
    }

    /** The last word of a name of two to four capitalised words, unless it is one of {@link #NOT_SURNAMES}. */
    static String surname(String term) {
        String[] words = term.split("\\s+");
        if (words.length < 2 || words.length > 4) {
            return null;
        }
        for (String word : words) {
            if (!NAME_WORD.matcher(word).matches()) {
                return null;
            }
        }
        String last = words[words.length - 1];
        return NOT_SURNAMES.contains(last) ? null : last;
    }

    private static String words(String text) {
        StringBuilder regex = new StringBuilder();
        String[] words = text.split("\\s+");
        for (int w = 0; w < words.length; w++) {
            if (w > 0) {
                regex.append("\\s+");
            }
            String word = words[w];
            if (w == 0 && Character.isLetter(word.charAt(0))) {
                // A letter needs no quoting in a character class.
                int first = word.codePointAt(0);
                regex.append('[').appendCodePoint(Character.toUpperCase(first))
                        .appendCodePoint(Character.toLowerCase(first)).append(']');
                word = word.substring(Character.charCount(first));
            }
            if (!word.isEmpty()) {
                regex.append(Pattern.quote(word));
            }
        }
        return regex.toString();
    }
}
