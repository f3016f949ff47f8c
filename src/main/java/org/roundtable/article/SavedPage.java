package org.roundtable.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

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

        List<ArticleDraft.Question> questions = new ArrayList<>();
        int end = blocks.size();
        for (int i = blocks.size() - 1; i >= 0; i--) {
            if (blocks.get(i) instanceof PageMarkdown.Heading h && QUESTIONS.matcher(h.text()).matches()) {
                for (int j = i + 1; j < blocks.size() && questions.isEmpty(); j++) {
                    if (blocks.get(j) instanceof PageMarkdown.Body b && b.list() != null) {
                        b.list().select("> li").forEach(li -> questions.add(question(li.text().strip())));
                    }
                }
                if (!questions.isEmpty()) {
                    end = i;
                }
                break;
            }
        }
        List<ArticleDraft.Section> sections = sections(blocks.subList(0, end));

        List<String> notes = new ArrayList<>();
        if (sections.stream().allMatch(s -> s.heading() == null)) {
            notes.add("No section headings were found on the page; the text is one section. Add headings where "
                    + "the article changes subject.");
        } else if (!sections.isEmpty() && sections.get(0).heading() == null) {
            notes.add("The text before the first heading has no heading yet; give it one.");
        }
        if (questions.isEmpty()) {
            notes.add("No thought questions were found on the page; write the questions for your class.");
        }
        if (meta.date() == null) {
            notes.add("No date was found on the page; add the date the article was published.");
        }
        return new ArticleDraft(meta.title(), meta.dek(), meta.date(), null, meta.source(), meta.url(), sections,
                questions, List.of(), notes);
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
