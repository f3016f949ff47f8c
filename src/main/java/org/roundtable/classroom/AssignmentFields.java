package org.roundtable.classroom;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jboss.resteasy.reactive.RestForm;
import org.roundtable.language.Messages;

/**
 * The fields an assignment is made and later edited with: due date, minimum words,
 * instructions, the score it is graded out of, and the replies to classmates it asks for with
 * their own due date. Kept as typed, so a refused form shows
 * them back; parsed and checked here so the two forms agree.
 */
public class AssignmentFields {

    public static final int MAX_INSTRUCTIONS = 4000;
    public static final int MAX_WORDS = 2000;
    public static final int MAX_SCORE = 1000;
    public static final int MAX_REPLIES = 10;

    /** How a date-time input holds a time: school time, to the minute. */
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")
            .withZone(SchoolTime.ZONE);

    @RestForm
    public String due;

    /** "on" when "No due date" is ticked: it clears the date whatever the date field holds. */
    @RestForm
    public String noDue;

    @RestForm
    public String minWords;

    @RestForm
    public String instructions;

    @RestForm
    public String maxScore;

    /** How many classmates each student replies to; empty: replies are not required. */
    @RestForm
    public String requiredReplies;

    /** When the required replies are due, as the date-time input sends it; empty: no date. */
    @RestForm
    public String repliesDue;

    /** Missing fields as empty values, so the page shows them as typed. */
    void fieldsOrEmpty() {
        due = due == null ? "" : due;
        minWords = minWords == null ? "" : minWords;
        instructions = instructions == null ? "" : instructions;
        maxScore = maxScore == null ? "" : maxScore;
        requiredReplies = requiredReplies == null ? "" : requiredReplies;
        repliesDue = repliesDue == null ? "" : repliesDue;
    }

    /** The fields filled from the assignment as it is, for its edit form. */
    void fill(Assignment assignment) {
        due = assignment.dueAt == null ? "" : INPUT.format(assignment.dueAt);
        noDue = assignment.dueAt == null ? "on" : null;
        minWords = assignment.minWords == null ? "" : String.valueOf(assignment.minWords);
        instructions = assignment.instructions == null ? "" : assignment.instructions;
        maxScore = assignment.maxScore == null ? "" : String.valueOf(assignment.maxScore);
        requiredReplies = assignment.requiredReplies == null ? "" : String.valueOf(assignment.requiredReplies);
        repliesDue = assignment.repliesDueAt == null ? "" : INPUT.format(assignment.repliesDueAt);
    }

    /** Adds a message per refused field, in the order the fields appear. */
    void validateFields(Map<String, String> errors) {
        TeachingMsg words = Messages.now(TeachingMsg.class);
        if (!noDueDate() && !due.isBlank() && dueAt() == null) {
            errors.put("due", words.enterDue("2026-12-04T15:30"));
        }
        if (!minWords.isBlank() && words() == null) {
            errors.put("minWords", words.enterMinWords(MAX_WORDS));
        }
        if (instructions.length() > MAX_INSTRUCTIONS) {
            errors.put("instructions", words.instructionsTooLong(MAX_INSTRUCTIONS));
        }
        if (!maxScore.isBlank() && score() == null) {
            errors.put("maxScore", words.enterMaxScore(MAX_SCORE));
        }
        validateReplies(errors);
    }

    /** The reply requirement: a number of classmates, and a reply due date after the answers' one. */
    private void validateReplies(Map<String, String> errors) {
        TeachingMsg words = Messages.now(TeachingMsg.class);
        if (!requiredReplies.isBlank() && replies() == null) {
            errors.put("requiredReplies", words.enterReplies(MAX_REPLIES));
        } else if (requiredReplies.isBlank() && !repliesDue.isBlank()) {
            errors.put("requiredReplies", words.enterHowManyReplies());
        }
        if (!repliesDue.isBlank() && repliesDueAt() == null) {
            errors.put("repliesDue", words.enterRepliesDue("2026-12-05T15:30"));
        } else if (repliesDueAt() != null && dueAt() != null && !repliesDueAt().isAfter(dueAt())) {
            errors.put("repliesDue", words.repliesAfterAnswers());
        }
    }

    /** The due date read in school time; null when "No due date" is ticked, empty or not a date. */
    public Instant dueAt() {
        return noDueDate() ? null : schoolTime(due);
    }

    /** The reply due date read in school time; null when empty or not a date. */
    public Instant repliesDueAt() {
        return schoolTime(repliesDue);
    }

    private static Instant schoolTime(String typed) {
        try {
            return typed.isBlank() ? null : LocalDateTime.parse(typed.strip()).atZone(SchoolTime.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public boolean noDueDate() {
        return noDue != null;
    }

    /** The minimum words; null when empty or out of range. */
    public Integer words() {
        return ClassForm.number(minWords, 1, MAX_WORDS);
    }

    /** The score the assignment is graded out of; null when empty or out of range. */
    public Integer score() {
        return ClassForm.number(maxScore, 1, MAX_SCORE);
    }

    /** How many classmates each student replies to; null when empty or out of range. */
    public Integer replies() {
        return ClassForm.number(requiredReplies, 1, MAX_REPLIES);
    }

    public String cleanInstructions() {
        return instructions.isBlank() ? null : instructions.strip();
    }

    /** What saving would change in the assignment, e.g. "due: none → 2026-05-04 15:30"; empty when nothing. */
    String changesFrom(Assignment assignment) {
        List<String> changes = new ArrayList<>();
        change(changes, "due", time(assignment.dueAt), time(dueAt()));
        change(changes, "minimum words", assignment.minWords, words());
        change(changes, "score out of", assignment.maxScore, score());
        change(changes, "classmates to reply to", assignment.requiredReplies, replies());
        change(changes, "replies due", time(assignment.repliesDueAt), time(repliesDueAt()));
        if (!Objects.equals(assignment.instructions, cleanInstructions())) {
            changes.add("instructions changed");
        }
        return String.join("; ", changes);
    }

    private static void change(List<String> changes, String what, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(what + ": " + (before == null ? "none" : before) + " → " + (after == null ? "none" : after));
        }
    }

    private static String time(Instant instant) {
        return instant == null ? null : INPUT.format(instant).replace('T', ' ');
    }

    /** Writes the fields into the assignment. */
    void applyTo(Assignment assignment) {
        assignment.dueAt = dueAt();
        assignment.minWords = words();
        assignment.instructions = cleanInstructions();
        assignment.maxScore = score();
        assignment.requiredReplies = replies();
        assignment.repliesDueAt = repliesDueAt();
    }
}
