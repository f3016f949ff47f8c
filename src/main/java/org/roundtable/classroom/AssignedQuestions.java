package org.roundtable.classroom;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.roundtable.language.Messages;

/**
 * How a class numbers its questions: by their place among the questions still assigned in
 * their assignment, in the article's order ("Question 2 of 3"), the numbers students see on
 * their class home. Every page that names a question (the discussion page, participation,
 * the gradebook, the audit log) takes the number from here, so they agree.
 */
public final class AssignedQuestions {

    /** Words of a question kept in a short label. */
    static final int LABEL_WORDS = 6;

    /**
     * A discussion with its number.
     *
     * @param number its place among the assignment's assigned questions, from 1; 0 when taken away
     * @param of how many questions of the assignment are assigned
     */
    public record Numbered(Discussion discussion, int number, int of) {

        public boolean withdrawn() {
            return number == 0;
        }

        /** "Question 2: Should schools lock phones away during…", in the language being spoken, for headers. */
        public String label() {
            TeachingMsg words = Messages.now(TeachingMsg.class);
            String prefix = withdrawn() ? words.questionTakenAway() : words.questionNumber(number);
            return prefix + ": " + shortText(discussion.question.text);
        }
    }

    private AssignedQuestions() {
    }

    /** Numbers discussions listed in assignment then question order ({@link Discussion#listFor}, {@code listAllFor}). */
    public static List<Numbered> of(List<Discussion> listed) {
        Map<Long, Integer> assigned = new HashMap<>();
        for (Discussion discussion : listed) {
            if (!discussion.withdrawn) {
                assigned.merge(discussion.assignment.id, 1, Integer::sum);
            }
        }
        Map<Long, Integer> seen = new HashMap<>();
        List<Numbered> numbered = new ArrayList<>(listed.size());
        for (Discussion discussion : listed) {
            long assignment = discussion.assignment.id;
            int number = discussion.withdrawn ? 0 : seen.merge(assignment, 1, Integer::sum);
            numbered.add(new Numbered(discussion, number, assigned.getOrDefault(assignment, 0)));
        }
        return numbered;
    }

    /** The numbered discussions by discussion id. */
    public static Map<Long, Numbered> byId(List<Discussion> listed) {
        Map<Long, Numbered> byId = new HashMap<>();
        of(listed).forEach(n -> byId.put(n.discussion().id, n));
        return byId;
    }

    /** The first words of a question, with an ellipsis when there are more. */
    static String shortText(String text) {
        String[] words = text.strip().split("\\s+");
        if (words.length <= LABEL_WORDS) {
            return text.strip();
        }
        return String.join(" ", List.of(words).subList(0, LABEL_WORDS)) + "…";
    }
}
