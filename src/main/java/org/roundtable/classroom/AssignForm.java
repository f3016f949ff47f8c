package org.roundtable.classroom;

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
public class AssignForm extends AssignmentFields {

    @RestForm
    public Long articleId;

    @RestForm("question")
    public List<Long> questionIds;

    public static AssignForm empty() {
        return new AssignForm().orEmpty();
    }

    /** Missing fields as empty values, so the page shows them as typed. */
    public AssignForm orEmpty() {
        questionIds = questionIds == null ? List.of() : questionIds;
        fieldsOrEmpty();
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
            errors.put("questions", "Choose questions of this article that this class does not have yet. "
                    + "To bring back a question you took away, use Edit assignment on the class page.");
        }
        validateFields(errors);
        return errors;
    }
}
