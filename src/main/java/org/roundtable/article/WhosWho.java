package org.roundtable.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;

/**
 * The optional "Who’s who and key terms" section, between an article's sections and its thought questions: one
 * bulleted list of {@code **Term**: explanation} items. It is not an article section: it is neither stored nor cited
 * as one, and the article page shows it as a list below the article.
 */
final class WhosWho {

    static final int MAX_TERM_CHARS = 200;
    static final int MAX_EXPLANATION_CHARS = 400;
    static final int MAX_TERMS = 60;

    /** Headings as compared: lower case, with the typographic apostrophe written as a plain one. */
    private static final Set<String> HEADINGS = Set.of("who's who and key terms", "who's who", "key terms");

    /** What the section says when it is not one list. */
    private static final Blocks.OneList ONE_LIST = new Blocks.OneList(
            words -> words.termsNeedList("'## Who’s who and key terms'", "'**Term**: explanation'"),
            IntakeMsg::termsNotNumbered, words -> words.termsExpectedList("'**Term**: explanation'"),
            words -> words.termsOnlyList("'## Who’s who and key terms'"));

    private static final Function<IntakeMsg, String> ITEM_SHAPE = words -> words.termsItemShape(
            "'**Term**: explanation'");

    /** What may separate a term from its explanation: a colon, or an en or em dash. */
    private static final String SEPARATORS = ":–—";

    private WhosWho() {
    }

    static boolean isHeading(Heading heading) {
        String text = Markdown.plainText(heading).toLowerCase(Locale.ROOT).replace('’', '\'');
        return HEADINGS.contains(text);
    }

    /** The entries of the list in {@code rest}, the blocks between {@code heading} and the next heading. */
    static List<ParsedTerm> read(Heading heading, List<Node> rest) throws ArticleFormatException {
        BulletList list = Blocks.theOnlyList(heading, rest, BulletList.class, ONE_LIST);
        List<ParsedTerm> terms = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            int line = Blocks.lineOf(item);
            if (terms.size() == MAX_TERMS) {
                throw ArticleFormatException.of(line, words -> words.termsAtMost(MAX_TERMS));
            }
            ParsedTerm term = term((ListItem) item, line);
            Integer earlier = seen.putIfAbsent(term.term().toLowerCase(Locale.ROOT), line);
            if (earlier != null) {
                throw ArticleFormatException.of(line, words -> words.termsTwice(term.term(), earlier));
            }
            terms.add(term);
        }
        return terms;
    }

    private static ParsedTerm term(ListItem item, int line) throws ArticleFormatException {
        Node content = item.getFirstChild();
        if (!(content instanceof Paragraph paragraph) || content.getNext() != null
                || !(paragraph.getFirstChild() instanceof StrongEmphasis strong)) {
            throw ArticleFormatException.of(line, ITEM_SHAPE);
        }
        String term = Markdown.plainText(strong);
        // The parse tree is read once and never rendered, so the term may be taken out to read what follows it.
        strong.unlink();
        String rest = Markdown.plainText(paragraph);
        if (!term.isEmpty() && SEPARATORS.indexOf(term.charAt(term.length() - 1)) >= 0) {
            term = term.substring(0, term.length() - 1).strip(); // "**Term:** explanation"
        } else if (!rest.isEmpty() && SEPARATORS.indexOf(rest.charAt(0)) >= 0) {
            rest = rest.substring(1).strip();
        } else {
            throw ArticleFormatException.of(line, ITEM_SHAPE);
        }
        String named = term;
        return new ParsedTerm(Blocks.boundedText(named, MAX_TERM_CHARS, IntakeMsg::whatTerm, line),
                Blocks.boundedText(rest, MAX_EXPLANATION_CHARS, words -> words.whatExplanation(named), line));
    }
}
