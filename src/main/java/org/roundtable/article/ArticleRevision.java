package org.roundtable.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.roundtable.Plurals;
import org.roundtable.language.Messages;

/**
 * An edited version of a published article, applied to its stored rows. Sections keep their rows, and so the ids
 * that posts cite: an edited section takes the row of the old section with the same anchor, else of the one at its
 * place; questions keep theirs by the same text, else by place, so a class's discussion stays with its question. A
 * section that posts cite, or a question a class discusses, cannot be taken away. Says what changed, for the audit
 * log of the classes that assigned the article.
 */
final class ArticleRevision {

    private final Article article;
    private final ArticleReferences references;
    private final List<String> changes = new ArrayList<>();

    private ArticleRevision(Article article, ArticleReferences references) {
        this.article = article;
        this.references = references;
    }

    /** What changed, one line each; empty when the edit changed nothing. */
    static List<String> apply(Article article, ParsedArticle parsed, String markdown, List<Boolean> stances,
            ArticleReferences references) throws ArticleRevisionException {
        ArticleRevision revision = new ArticleRevision(article, references);
        List<String> oldTerms = termsOf(article.markdown);
        revision.details(parsed);
        revision.sections(parsed.sections());
        revision.questions(parsed.questions(), stances);
        if (!oldTerms.equals(parsed.terms().stream().map(t -> t.term() + ": " + t.explanation()).toList())) {
            revision.changes.add("The who’s who and key terms");
        }
        article.markdown = markdown;
        if (!revision.changes.isEmpty()) {
            article.revision++;
        }
        return List.copyOf(revision.changes);
    }

    private void details(ParsedArticle parsed) {
        note("Title", article.title, parsed.title());
        note("Subtitle", article.dek, parsed.dek());
        note("Date", String.valueOf(article.publishedOn), String.valueOf(parsed.publishedOn()));
        note("Reading time", article.readingMinutes + " min", parsed.readingMinutes() + " min");
        note("Source", article.source, parsed.source());
        note("Original address", article.sourceUrl, parsed.url());
        article.describe(parsed);
    }

    private void sections(List<ParsedSection> edited) throws ArticleRevisionException {
        List<ArticleSection> old = ArticleSection.listFor(article);
        List<ArticleSection> kept = Matching.of(old, edited, s -> s.anchor, ParsedSection::anchor);
        List<ArticleSection> gone = new ArrayList<>(old);
        gone.removeAll(kept);
        refuseIfCited(gone);
        park(old);
        gone.forEach(section -> {
            changes.add("Removed the section “" + section.heading + "”");
            section.delete();
        });
        for (int i = 0; i < edited.size(); i++) {
            ParsedSection section = edited.get(i);
            ArticleSection row = kept.get(i);
            if (row == null) {
                changes.add("Added the section “" + section.heading() + "”");
                ArticleSection.create(article, i + 1, section).persist();
                continue;
            }
            note("Section " + (i + 1) + "’s heading", row.heading, section.heading());
            if (!row.bodyHtml.equals(section.html())) {
                changes.add("The text of the section “" + section.heading() + "”");
            }
            row.revise(i + 1, section);
        }
    }

    /** A section that a post cites stays: taking it away would leave the post pointing nowhere. */
    private void refuseIfCited(List<ArticleSection> gone) throws ArticleRevisionException {
        for (ArticleSection section : gone) {
            long citing = references.postsCiting(List.of(section.id));
            if (citing > 0) {
                IntakeMsg words = Messages.now(IntakeMsg.class);
                throw new ArticleRevisionException(words.sectionCited(section.heading,
                        Plurals.format(Messages.locale(), words.posts(), citing)));
            }
        }
    }

    private void questions(List<ParsedQuestion> edited, List<Boolean> stances) throws ArticleRevisionException {
        List<Question> old = Question.listFor(article);
        List<Question> kept = Matching.of(old, edited, q -> q.text, ParsedQuestion::text);
        List<Question> gone = new ArrayList<>(old);
        gone.removeAll(kept);
        for (Question question : gone) {
            if (references.discussionsOf(List.of(question.id)) > 0) {
                throw new ArticleRevisionException(
                        Messages.now(IntakeMsg.class).questionDiscussed(question.position, question.text));
            }
        }
        gone.forEach(question -> changes.add("Removed question " + question.position));
        park(old);
        gone.forEach(Question::delete);
        for (int i = 0; i < edited.size(); i++) {
            Question row = kept.get(i);
            String text = edited.get(i).text();
            if (row == null) {
                changes.add("Added question " + (i + 1));
                Question.create(article, i + 1, text, stances.get(i)).persist();
                continue;
            }
            note("Question " + (i + 1), row.text, text);
            if (row.stanceEnabled != stances.get(i)) {
                changes.add("Question " + (i + 1) + (stances.get(i) ? " takes a stance" : " takes no stance"));
            }
            row.revise(i + 1, text, stances.get(i));
        }
    }

    /** Moves the rows out of the positions they are given back, so no two hold one position on the way. */
    private static void park(List<? extends ArticlePart> parts) {
        parts.forEach(part -> part.position = (int) -part.id);
        Article.getEntityManager().flush();
    }

    private void note(String what, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(what + ": “" + Objects.requireNonNullElse(before, "") + "” → “"
                    + Objects.requireNonNullElse(after, "") + "”");
        }
    }

    private static List<String> termsOf(String markdown) {
        if (markdown == null) {
            return List.of();
        }
        try {
            return ArticleMarkdown.parse(markdown).terms().stream().map(t -> t.term() + ": " + t.explanation())
                    .toList();
        } catch (ArticleFormatException e) {
            return List.of();
        }
    }

    /** Which old row each edited part takes: the one with the same key, else the free one at its place. */
    static final class Matching {

        private Matching() {
        }

        static <O, N> List<O> of(List<O> old, List<N> edited, Function<O, String> oldKey,
                Function<N, String> newKey) {
            Map<String, O> byKey = new HashMap<>();
            old.forEach(o -> byKey.putIfAbsent(oldKey.apply(o), o));
            List<O> taken = new ArrayList<>();
            for (N part : edited) {
                taken.add(byKey.remove(newKey.apply(part)));
            }
            for (int i = 0; i < edited.size(); i++) {
                O atPlace = i < old.size() ? old.get(i) : null;
                if (taken.get(i) == null && atPlace != null && byKey.containsValue(atPlace)) {
                    taken.set(i, atPlace);
                    byKey.values().remove(atPlace);
                }
            }
            return taken;
        }
    }
}
