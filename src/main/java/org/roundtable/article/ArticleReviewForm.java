package org.roundtable.article;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;
import org.roundtable.language.Messages;

/**
 * The review page's form: every part of a draft as a field, sent back whole on every edit and on publishing, so
 * nothing the teacher typed is lost. Lists travel as repeated fields in page order ({@code heading}, {@code body});
 * a ticked stance box sends its question's number.
 */
public class ArticleReviewForm {

    /** A section's fields; the ids are its fields' ids on the page and the keys of their errors. */
    public record SectionRow(int number, String heading, String body) {

        public String headingId() {
            return "heading-" + number;
        }

        public String bodyId() {
            return "body-" + number;
        }
    }

    public record QuestionRow(int number, String text, boolean stance) {

        public String id() {
            return "question-" + number;
        }
    }

    public record TermRow(int number, String term, String explanation, String introducedBy) {

        public String id() {
            return "term-" + number;
        }

        /** The row shows the phrase that introduced it, as the term field's hint. */
        public boolean hinted() {
            return introducedBy != null;
        }

        public String explanationId() {
            return "explanation-" + number;
        }
    }

    @RestForm
    public String title;
    @RestForm
    public String slug;
    @RestForm
    public String dek;
    @RestForm
    public String date;
    @RestForm
    public String readingTime;
    @RestForm
    public String source;
    @RestForm
    public String url;
    @RestForm
    public List<String> heading = new ArrayList<>();
    @RestForm
    public List<String> body = new ArrayList<>();
    @RestForm
    public List<String> question = new ArrayList<>();
    @RestForm
    public List<String> stance = new ArrayList<>();
    @RestForm
    public List<String> term = new ArrayList<>();
    @RestForm
    public List<String> explanation = new ArrayList<>();
    @RestForm
    public List<String> introducedBy = new ArrayList<>();
    @RestForm
    public List<String> note = new ArrayList<>();
    /** The edit asked for, e.g. {@code merge:3}; see {@link ReviewEdits}. */
    @RestForm
    public String op;
    /** Where the caret was, {@code section:offset}, kept by the page's script for "Split here". */
    @RestForm
    public String caret;
    /** The published article this form edits; null while importing. */
    @RestForm
    public Long editing;

    /** The form filled from what an import found. */
    public static ArticleReviewForm of(ArticleDraft draft, String slug) {
        ArticleReviewForm form = new ArticleReviewForm();
        form.title = draft.title();
        form.slug = slug;
        form.dek = draft.dek();
        form.date = draft.date() == null ? null : draft.date().toString();
        form.readingTime = draft.readingMinutes() == null ? null : draft.readingMinutes().toString();
        form.source = draft.source();
        form.url = draft.url();
        form.setSections(draft.sections().stream().map(s -> new SectionRow(0, s.heading(), s.markdown())).toList());
        form.setQuestions(draft.questions().stream().map(q -> new QuestionRow(0, q.text(), q.stance())).toList());
        form.setTerms(draft.terms().stream()
                .map(t -> new TermRow(0, t.term(), t.explanation(), t.introducedBy())).toList());
        form.note = new ArrayList<>(draft.notes());
        return form;
    }

    public List<SectionRow> sections() {
        List<SectionRow> rows = new ArrayList<>();
        for (int i = 0; i < Math.max(heading.size(), body.size()); i++) {
            rows.add(new SectionRow(i + 1, at(heading, i), at(body, i).replace("\r\n", "\n")));
        }
        return rows;
    }

    public List<QuestionRow> questions() {
        List<QuestionRow> rows = new ArrayList<>();
        for (int i = 0; i < question.size(); i++) {
            rows.add(new QuestionRow(i + 1, at(question, i), stance.contains(String.valueOf(i + 1))));
        }
        return rows;
    }

    public List<TermRow> terms() {
        List<TermRow> rows = new ArrayList<>();
        for (int i = 0; i < Math.max(term.size(), explanation.size()); i++) {
            rows.add(new TermRow(i + 1, at(term, i), at(explanation, i), blankToNull(at(introducedBy, i))));
        }
        return rows;
    }

    void setSections(List<SectionRow> rows) {
        heading = new ArrayList<>(rows.stream().map(SectionRow::heading).map(ArticleReviewForm::orEmpty).toList());
        body = new ArrayList<>(rows.stream().map(SectionRow::body).map(ArticleReviewForm::orEmpty).toList());
    }

    void setQuestions(List<QuestionRow> rows) {
        question = new ArrayList<>(rows.stream().map(QuestionRow::text).map(ArticleReviewForm::orEmpty).toList());
        stance = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).stance()) {
                stance.add(String.valueOf(i + 1));
            }
        }
    }

    void setTerms(List<TermRow> rows) {
        term = new ArrayList<>(rows.stream().map(TermRow::term).map(ArticleReviewForm::orEmpty).toList());
        explanation = new ArrayList<>(rows.stream().map(TermRow::explanation).map(ArticleReviewForm::orEmpty).toList());
        introducedBy = new ArrayList<>(
                rows.stream().map(TermRow::introducedBy).map(ArticleReviewForm::orEmpty).toList());
    }

    /** What the date and reading time fields hold that no draft can: field name → message. Empty when none. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        IntakeMsg words = Messages.now(IntakeMsg.class);
        if (blank(date)) {
            problems.put("date", words.dateMissing());
        } else if (parsedDate() == null) {
            problems.put("date", words.dateInvalid());
        }
        if (!blank(readingTime) && minutes() == null) {
            problems.put("readingTime", words.readingTimeInvalid());
        }
        return problems;
    }

    /** The draft the fields describe; a date or reading time that {@link #problems()} refuses is left out. */
    public ArticleDraft draft() {
        List<ArticleDraft.Section> sections = sections().stream()
                .map(s -> new ArticleDraft.Section(s.heading(), s.body())).toList();
        List<ArticleDraft.Question> questions = questions().stream()
                .map(q -> new ArticleDraft.Question(q.text(), q.stance())).toList();
        List<ArticleDraft.Term> terms = terms().stream()
                .map(t -> new ArticleDraft.Term(t.term(), t.explanation(), t.introducedBy())).toList();
        return new ArticleDraft(orEmpty(title), blankToNull(dek), parsedDate(), minutes(), blankToNull(source),
                blankToNull(url), sections, questions, terms, note);
    }

    /** The form filled from a published article, to edit it. */
    public static ArticleReviewForm editing(Article article, ArticleDraft draft) {
        ArticleReviewForm form = of(draft, article.slug);
        form.editing = article.id;
        return form;
    }

    /** The slug to write, or null to make it from the title. */
    public String slugOrNull() {
        return blankToNull(slug);
    }

    private LocalDate parsedDate() {
        try {
            return blank(date) || !date.strip().matches("\\d{4}-\\d{2}-\\d{2}") ? null : LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private Integer minutes() {
        String value = readingTime == null ? "" : readingTime.strip();
        return value.matches("\\d{1,4}") && Integer.parseInt(value) > 0 ? Integer.valueOf(value) : null;
    }

    private static String at(List<String> values, int i) {
        return i < values.size() && values.get(i) != null ? values.get(i) : "";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return blank(s) ? null : s.strip();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
