package org.roundtable.classroom;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jboss.resteasy.reactive.RestForm;
import org.roundtable.article.ArticleContent;

/**
 * The assign form as submitted, kept as typed across a refused submission. Its rules need
 * the chosen article and what the class already has, so they live in {@link #validate}
 * rather than in annotations.
 */
public class AssignForm {

    public static final int MAX_INSTRUCTIONS = 4000;
    public static final int MAX_WORDS = 2000;

    @RestForm
    public Long articleId;

    @RestForm("question")
    public List<Long> questionIds;

    @RestForm
    public String due;

    @RestForm
    public String minWords;

    @RestForm
    public String instructions;

    public static AssignForm empty() {
        return new AssignForm().orEmpty();
    }

    /** Missing fields as empty values, so the page shows them as typed. */
    public AssignForm orEmpty() {
        questionIds = questionIds == null ? List.of() : questionIds;
        due = due == null ? "" : due;
        minWords = minWords == null ? "" : minWords;
        instructions = instructions == null ? "" : instructions;
        return this;
    }

    /** Field → message, in the order the fields appear; empty when the form can be saved. */
    public Map<String, String> validate(ArticleContent article, Set<Long> alreadyAssigned) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (article == null) {
            errors.put("article", "Choose an article first.");
        } else if (questionIds.isEmpty()) {
            errors.put("questions", "Choose at least one question.");
        } else if (questionIds.stream().anyMatch(id -> article.question(id) == null || alreadyAssigned.contains(id))) {
            errors.put("questions", "Choose questions of this article that this class does not have yet.");
        }
        if (!due.isBlank() && dueAt() == null) {
            errors.put("due", "Enter the due date and time, for example 2026-12-04T15:30.");
        }
        if (!minWords.isBlank() && words() == null) {
            errors.put("minWords", "Enter a number of words from 1 to " + MAX_WORDS + ", or leave it empty.");
        }
        if (instructions.length() > MAX_INSTRUCTIONS) {
            errors.put("instructions", "Keep instructions under " + MAX_INSTRUCTIONS + " characters.");
        }
        return errors;
    }

    /** The due date read in school time; null when empty or not a date. */
    public Instant dueAt() {
        try {
            return due.isBlank() ? null : LocalDateTime.parse(due.strip()).atZone(SchoolTime.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The minimum words; null when empty or out of range. */
    public Integer words() {
        return ClassForm.number(minWords, 1, MAX_WORDS);
    }

    public String cleanInstructions() {
        return instructions.isBlank() ? null : instructions.strip();
    }
}
