package org.roundtable.article;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.roundtable.article.ArticleReviewForm.QuestionRow;
import org.roundtable.article.ArticleReviewForm.SectionRow;
import org.roundtable.article.ArticleReviewForm.TermRow;
import org.roundtable.language.Messages;

/**
 * The review page's edit buttons, each an {@code op} sent with the whole form: {@code merge:N}, {@code split:N},
 * {@code delete:N}, {@code up:N}, {@code down:N}, {@code add-section} for sections (N from 1);
 * {@code question-remove:N}, {@code question-up:N}, {@code question-down:N}, {@code add-question};
 * {@code term-remove:N}, {@code add-term}. Anything else changes nothing, so the page simply shows again.
 */
final class ReviewEdits {

    private static final Pattern OP = Pattern.compile("([a-z-]+)(?::(\\d{1,3}))?");
    private static final Pattern HEADING_LINE = Pattern.compile("(?m)^## +(.*)$");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t]*\\n");

    private ReviewEdits() {
    }

    /** Applies {@code form.op} to the form; returns what to tell the teacher when it could not, else null. */
    static String apply(ArticleReviewForm form) {
        Matcher m = OP.matcher(form.op == null ? "" : form.op);
        if (!m.matches()) {
            return null;
        }
        int n = m.group(2) == null ? 0 : Integer.parseInt(m.group(2)) - 1;
        List<SectionRow> sections = new ArrayList<>(form.sections());
        List<QuestionRow> questions = new ArrayList<>(form.questions());
        List<TermRow> terms = new ArrayList<>(form.terms());
        String op = m.group(1);
        switch (op) {
            case "merge", "split", "delete", "up", "down", "add-section" -> {
                String refusal = editSections(sections, op, n, form.caret);
                if (refusal != null) {
                    return refusal;
                }
            }
            case "question-remove", "question-up", "question-down", "add-question" -> editQuestions(questions, op, n);
            case "term-remove", "add-term" -> editTerms(terms, op, n);
            default -> {
                return null;
            }
        }
        form.setSections(sections);
        form.setQuestions(questions);
        form.setTerms(terms);
        return null;
    }

    /** Applies a section operation; the reason when it cannot be done, else null. */
    private static String editSections(List<SectionRow> sections, String op, int n, String caret) {
        switch (op) {
            case "merge" -> edit(sections, n, n + 1, s -> merge(s, n));
            case "split" -> {
                if (n >= 0 && n < sections.size() && !split(sections, n, caretIn(caret, n))) {
                    IntakeMsg words = Messages.now(IntakeMsg.class);
                    return words.cannotSplit(n + 1, "## " + words.splitHeading());
                }
            }
            case "delete" -> edit(sections, n, n, s -> s.remove(n));
            case "up" -> edit(sections, n - 1, n, s -> Collections.swap(s, n - 1, n));
            case "down" -> edit(sections, n, n + 1, s -> Collections.swap(s, n, n + 1));
            default -> sections.add(new SectionRow(0, "", ""));
        }
        return null;
    }

    private static void editQuestions(List<QuestionRow> questions, String op, int n) {
        switch (op) {
            case "question-remove" -> edit(questions, n, n, q -> q.remove(n));
            case "question-up" -> edit(questions, n - 1, n, q -> Collections.swap(q, n - 1, n));
            case "question-down" -> edit(questions, n, n + 1, q -> Collections.swap(q, n, n + 1));
            default -> questions.add(new QuestionRow(0, "", false));
        }
    }

    private static void editTerms(List<TermRow> terms, String op, int n) {
        if (op.equals("term-remove")) {
            edit(terms, n, n, t -> t.remove(n));
        } else {
            terms.add(new TermRow(0, "", "", null));
        }
    }

    /** Runs {@code change} when rows {@code first} to {@code last} exist; a stale button changes nothing. */
    private static <T> void edit(List<T> rows, int first, int last, Consumer<List<T>> change) {
        if (first >= 0 && last < rows.size()) {
            change.accept(rows);
        }
    }

    private static void merge(List<SectionRow> sections, int n) {
        SectionRow next = sections.remove(n + 1);
        SectionRow first = sections.get(n);
        String body = (first.body().strip() + "\n\n" + next.body().strip()).strip();
        sections.set(n, new SectionRow(0, first.heading(), body));
    }

    /** The caret's offset in section {@code n}'s body, or -1 when the script did not say it was there. */
    private static int caretIn(String caret, int n) {
        Matcher m = Pattern.compile("(\\d{1,3}):(\\d{1,7})").matcher(caret == null ? "" : caret);
        return m.matches() && Integer.parseInt(m.group(1)) == n + 1 ? Integer.parseInt(m.group(2)) : -1;
    }

    /** Splits at the caret, else at a typed '## ' line, else before the last paragraph; false when it cannot. */
    private static boolean split(List<SectionRow> sections, int n, int caret) {
        String body = sections.get(n).body();
        int at = caret > 0 && caret < body.length() && !body.substring(0, caret).isBlank()
                && !body.substring(caret).isBlank() ? caret : -1;
        Matcher heading = HEADING_LINE.matcher(body);
        if (at < 0 && heading.find()) {
            at = heading.start();
        }
        if (at < 0) {
            Matcher breaks = PARAGRAPH_BREAK.matcher(body.strip());
            while (breaks.find()) {
                at = breaks.end();
            }
            body = body.strip();
        }
        if (at <= 0) {
            return false;
        }
        String second = body.substring(at).strip();
        String newHeading = "";
        Matcher typed = Pattern.compile("^## +(.*)(?:\\n|$)").matcher(second);
        if (typed.find()) {
            newHeading = typed.group(1).strip();
            second = second.substring(typed.end()).strip();
        }
        sections.set(n, new SectionRow(0, sections.get(n).heading(), body.substring(0, at).strip()));
        sections.add(n + 1, new SectionRow(0, newHeading, second));
        return true;
    }
}
