package org.roundtable.classroom;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jboss.resteasy.reactive.RestForm;
import org.roundtable.article.ArticleContent;
import org.roundtable.language.Messages;

/** The edit form of an assignment, as submitted or as the assignment is now. Ticked questions are the live ones. */
public class EditAssignmentForm extends AssignmentFields {

    @RestForm("question")
    public List<Long> questionIds;

    /** The form filled from the assignment and its questions still assigned. */
    static EditAssignmentForm of(Assignment assignment, List<Discussion> discussions) {
        EditAssignmentForm form = new EditAssignmentForm();
        form.fill(assignment);
        form.questionIds = discussions.stream().filter(d -> !d.withdrawn && !d.question.isOwn())
                .map(d -> d.question.id).toList();
        return form;
    }

    /** Missing fields as empty values, so the page shows them as typed. */
    EditAssignmentForm orEmpty() {
        questionIds = questionIds == null ? List.of() : questionIds;
        fieldsOrEmpty();
        return this;
    }

    /**
     * Field → message, in the order the fields appear; empty when the form can be saved.
     *
     * @param elsewhere questions of the class that belong to another of its assignments
     * @param ownAssigned whether a question of the teacher's own is still assigned, so none of the article's need be
     */
    Map<String, String> validate(ArticleContent article, Set<Long> elsewhere, boolean ownAssigned) {
        Map<String, String> errors = new LinkedHashMap<>();
        TeachingMsg words = Messages.now(TeachingMsg.class);
        if (questionIds.isEmpty() && !ownAssigned) {
            errors.put("questions", words.keepOneQuestion());
        } else if (questionIds.stream().anyMatch(id -> article.question(id) == null)) {
            errors.put("questions", words.chooseArticleQuestions());
        } else if (questionIds.stream().anyMatch(elsewhere::contains)) {
            errors.put("questions", words.questionElsewhere());
        }
        validateFields(errors);
        return errors;
    }
}
