package org.roundtable.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;

/** The last section of an article: exactly one numbered list of questions, nothing after it. */
final class ThoughtQuestions {

    /** The format's heading is "Thought Questions"; the longer form is what source texts tend to use. */
    private static final Set<String> HEADINGS = Set.of("thought questions", "thought questions for readers");

    /** What the section says when it is not one list. */
    private static final Blocks.OneList ONE_LIST = new Blocks.OneList(
            words -> words.questionsNeedList("'## Thought Questions'"), IntakeMsg::questionsNotBullets,
            IntakeMsg::questionsExpectedList, IntakeMsg::questionsNothingAfter);

    private static final Pattern STANCE_MARKER = Pattern.compile("^\\[stance\\]\\s*", Pattern.CASE_INSENSITIVE);

    private ThoughtQuestions() {
    }

    static boolean isHeading(Heading heading) {
        return HEADINGS.contains(Markdown.plainText(heading).toLowerCase(Locale.ROOT));
    }

    /** The questions under {@code heading}, read from {@code rest}, the blocks that follow it. */
    static List<ParsedQuestion> read(Heading heading, List<Node> rest) throws ArticleFormatException {
        OrderedList list = Blocks.theOnlyList(heading, rest, OrderedList.class, ONE_LIST);
        List<ParsedQuestion> questions = new ArrayList<>();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            int line = Blocks.lineOf(item);
            if (questions.size() == ArticleMarkdown.MAX_QUESTIONS) {
                throw ArticleFormatException.of(line, words -> words.questionsAtMost(ArticleMarkdown.MAX_QUESTIONS));
            }
            questions.add(question((ListItem) item, line));
        }
        return questions;
    }

    private static ParsedQuestion question(ListItem item, int line) throws ArticleFormatException {
        Node content = item.getFirstChild();
        if (!(content instanceof Paragraph) || content.getNext() != null) {
            throw ArticleFormatException.of(line, IntakeMsg::questionsOneParagraph);
        }
        String text = Markdown.plainText(content);
        Matcher marker = STANCE_MARKER.matcher(text);
        boolean stance = marker.find();
        if (stance) {
            text = text.substring(marker.end());
        }
        String bounded = Blocks.boundedText(text, ArticleMarkdown.MAX_QUESTION_CHARS, IntakeMsg::whatQuestionText,
                line);
        return new ParsedQuestion(bounded, stance);
    }
}
