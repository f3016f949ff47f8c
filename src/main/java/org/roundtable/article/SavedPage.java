package org.roundtable.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.roundtable.language.Messages;

import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;

/**
 * The "a saved web page" way in (and the second half of "a web address"): Readability4J finds the article in the
 * page, jsoup takes it apart, and the draft gets its h2/h3 sections as Markdown, its questions from a trailing
 * "Thought questions" or "Discussion questions" list, and title, description, date, site and address from the
 * page's head. What could not be found is said in the draft's notes.
 */
public final class SavedPage {

    private static final Pattern QUESTIONS = Pattern.compile(
            "(?iu)^(thought|discussion|reflection|reading)\\s+questions\\b.*|^questions\\s+(for|to)\\b.*"
                    + "|^питання\\s+для\\s+(обговорення|роздумів).*|^preguntas\\s+(para|de)\\s+.*");
    private static final Pattern STANCE = Pattern.compile("(?iu)\\b(agree|disagree)\\b");
    private static final String PLACEHOLDER_URL = "https://page.invalid/";

    private SavedPage() {
    }

    /** @param pageUrl where the page came from, or null; relative links are read against it */
    public static ArticleDraft read(String html, String pageUrl) {
        html = html == null ? "" : html;
        String base = pageUrl == null ? "" : pageUrl;
        Document page = Jsoup.parse(html, base);
        PageMeta meta = PageMeta.of(page, pageUrl);
        Element content = articleContent(html, meta.url() != null ? meta.url() : base);
        PageNoise.remove(content);
        List<PageMarkdown.Block> blocks = PageMarkdown.blocks(content);

        int questionsAt = questionsHeading(blocks);
        List<ArticleDraft.Question> questions = questionsAt < 0 ? List.of() : questionsAfter(blocks, questionsAt);
        List<ArticleDraft.Section> found = sections(
                blocks.subList(0, questions.isEmpty() ? blocks.size() : questionsAt));
        return new ArticleDraft(meta.title(), meta.dek(), meta.date(), null, meta.source(), meta.url(), named(found),
                questions, List.of(), notes(found, questions, meta));
    }

    /** Where the last heading that names the thought questions is, or -1. */
    private static int questionsHeading(List<PageMarkdown.Block> blocks) {
        for (int i = blocks.size() - 1; i >= 0; i--) {
            if (blocks.get(i) instanceof PageMarkdown.Heading h && QUESTIONS.matcher(h.text()).matches()) {
                return i;
            }
        }
        return -1;
    }

    /** The items of the first list after the questions heading. */
    private static List<ArticleDraft.Question> questionsAfter(List<PageMarkdown.Block> blocks, int heading) {
        for (int j = heading + 1; j < blocks.size(); j++) {
            if (blocks.get(j) instanceof PageMarkdown.Body b && b.list() != null) {
                return b.list().select("> li").stream().map(li -> question(li.text().strip())).toList();
            }
        }
        return List.of();
    }

    /** The text before the first heading gets a heading too, as pasted text does, for the teacher to rename. */
    private static List<ArticleDraft.Section> named(List<ArticleDraft.Section> found) {
        if (found.isEmpty() || found.get(0).heading() != null) {
            return found;
        }
        List<ArticleDraft.Section> named = new ArrayList<>(found);
        String heading = found.size() == 1 ? PastedSections.wholeHeading() : PastedSections.leadHeading();
        named.set(0, new ArticleDraft.Section(heading, found.get(0).markdown()));
        return named;
    }

    private static List<String> notes(List<ArticleDraft.Section> found, List<ArticleDraft.Question> questions,
            PageMeta meta) {
        List<String> notes = new ArrayList<>();
        IntakeMsg words = Messages.now(IntakeMsg.class);
        if (found.size() == 1 && found.get(0).heading() == null) {
            notes.add(words.pageOneSection(PastedSections.wholeHeading()));
        } else if (!found.isEmpty() && found.get(0).heading() == null) {
            notes.add(words.pageLeadSection(PastedSections.leadHeading()));
        }
        if (questions.isEmpty()) {
            notes.add(words.pageNoQuestions());
        }
        if (meta.date() == null) {
            notes.add(words.pageNoDate());
        }
        return notes;
    }

    /** Readability's choice of the article, or the whole body when it finds nothing. */
    private static Element articleContent(String html, String url) {
        Document doc = Jsoup.parse(html, url);
        PageNoise.remove(doc.body());
        try {
            Article article = new Readability4J(url.isEmpty() ? PLACEHOLDER_URL : url, doc).parse();
            Element found = article.getArticleContent();
            if (found != null && !found.text().isBlank()) {
                return found;
            }
        } catch (RuntimeException readabilityFailed) {
            // fall back to the cleaned body: a page Readability cannot read is still text worth reviewing
        }
        Document again = Jsoup.parse(html, url);
        PageNoise.remove(again.body());
        return again.body();
    }

    private static ArticleDraft.Question question(String text) {
        return new ArticleDraft.Question(text, STANCE.matcher(text).find());
    }

    private static List<ArticleDraft.Section> sections(List<PageMarkdown.Block> blocks) {
        List<ArticleDraft.Section> sections = new ArrayList<>();
        String heading = null;
        List<String> body = new ArrayList<>();
        for (PageMarkdown.Block block : blocks) {
            if (block instanceof PageMarkdown.Heading h) {
                if (heading != null || !body.isEmpty()) {
                    sections.add(new ArticleDraft.Section(heading, String.join("\n\n", body)));
                }
                heading = h.text();
                body = new ArrayList<>();
            } else {
                body.add(((PageMarkdown.Body) block).markdown());
            }
        }
        if (heading != null || !body.isEmpty()) {
            sections.add(new ArticleDraft.Section(heading, String.join("\n\n", body)));
        }
        return sections;
    }
}
