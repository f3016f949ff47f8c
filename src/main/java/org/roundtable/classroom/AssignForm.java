package org.roundtable.classroom;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jboss.resteasy.reactive.RestForm;
import org.roundtable.article.ArticleContent;
import org.roundtable.language.Messages;

/**
 * The assign form as submitted, kept as typed across a refused submission. Its rules need
 * the chosen article and what the class already has, so they live in {@link #validate}
 * rather than in annotations.
 */
public class AssignForm extends AssignmentFields {

    @RestForm
    public Long articleId;

    @RestForm("question")
    public List<Long> questionIds;

    /** The teacher's own questions, one per slot, empty when unused. */
    @RestForm("ownQuestion")
    public List<String> ownQuestions;

    /** The slots (from 1) whose own question takes a stance. */
    @RestForm("ownStance")
    public List<Integer> ownStances;

    /** How many questions of their own a teacher can add while assigning; more on the assignment's edit page. */
    static final int OWN_SLOTS = 3;

    /** One slot for a question of the teacher's own, as the page shows it. */
    public record OwnSlot(int number, String text, boolean stance) {

        public String key() {
            return "ownQuestion" + number;
        }

        public String label() {
            return Messages.now(TeachingMsg.class).ownSlot(number);
        }
    }

    public static AssignForm empty() {
        return new AssignForm().orEmpty();
    }

    /** Missing fields as empty values, so the page shows them as typed. */
    public AssignForm orEmpty() {
        questionIds = questionIds == null ? List.of() : questionIds;
        ownQuestions = ownQuestions == null ? List.of() : ownQuestions;
        ownStances = ownStances == null ? List.of() : ownStances;
        fieldsOrEmpty();
        return this;
    }

    /** Field → message, in the order the fields appear; empty when the form can be saved. */
    public Map<String, String> validate(ArticleContent article, Set<Long> alreadyAssigned) {
        Map<String, String> errors = new LinkedHashMap<>();
        TeachingMsg words = Messages.now(TeachingMsg.class);
        if (article == null) {
            errors.put("article", words.chooseArticleFirst());
        } else if (questionIds.isEmpty() && ownSlots().stream().allMatch(slot -> slot.text().isBlank())) {
            errors.put("questions", words.chooseOneQuestion());
        } else if (questionIds.stream().anyMatch(id -> article.question(id) == null || alreadyAssigned.contains(id))) {
            errors.put("questions", words.chooseNewQuestions());
        }
        for (OwnSlot slot : ownSlots()) {
            if (!slot.text().isBlank() && OwnQuestionForm.problem(slot.text()) != null) {
                errors.put(slot.key(), OwnQuestionForm.problem(slot.text()));
            }
        }
        validateFields(errors);
        return errors;
    }

    /** The slots for the teacher's own questions, with what was typed in them. */
    public List<OwnSlot> ownSlots() {
        List<OwnSlot> slots = new ArrayList<>();
        for (int number = 1; number <= OWN_SLOTS; number++) {
            String text = number <= ownQuestions.size() && ownQuestions.get(number - 1) != null
                    ? ownQuestions.get(number - 1) : "";
            slots.add(new OwnSlot(number, text, ownStances.contains(number)));
        }
        return slots;
    }

    /** Adds the own questions typed, in slot order, opening their discussions. */
    void askOwn(Assignment assignment) {
        ownSlots().stream().filter(slot -> !slot.text().isBlank())
                .forEach(slot -> assignment.ask(slot.text().strip(), slot.stance()));
    }
}
