package org.roundtable.article;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Transactional;

/**
 * Published articles, cached by id: every instance fills its own copy and drops it when the article is edited
 * ({@link #forget}, which the live package calls on every instance when an {@link ArticleRevised} is committed).
 */
@ApplicationScoped
public class ArticleLibrary {

    private final Clock clock;
    private final ArticleReferences references;
    private final Event<ArticleRevised> revised;

    private final Map<Long, ArticleContent> byId = new ConcurrentHashMap<>();

    ArticleLibrary(Clock clock, ArticleReferences references, Event<ArticleRevised> revised) {
        this.clock = clock;
        this.references = references;
        this.revised = revised;
    }

    /** The article's content, loaded on first use (three queries) and kept. Null if unknown. */
    @Transactional
    public ArticleContent get(long articleId) {
        ArticleContent cached = byId.get(articleId);
        if (cached != null) {
            return cached;
        }
        Article article = Article.findById(articleId);
        if (article == null) {
            return null;
        }
        ArticleContent content = load(article);
        byId.put(articleId, content);
        return content;
    }

    /**
     * Loads a bundled article from the classpath unless one with its slug exists. An existing copy stored before the
     * bundled article had its who's-who list gets that list (and the new Markdown), once.
     */
    @Transactional
    public Article loadBundled(String resource) {
        ParsedArticle parsed;
        String markdown;
        try (InputStream in = ArticleLibrary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Bundled article missing: " + resource);
            }
            markdown = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            parsed = ArticleMarkdown.parse(markdown);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ArticleFormatException e) {
            throw new IllegalStateException("Bundled article " + resource + " is malformed: " + e.getMessage(), e);
        }
        Article existing = Article.findBySlug(parsed.slug());
        if (existing != null) {
            if (existing.addMissingTerms(whosWho(existing), parsed, markdown)) {
                Log.infof("Added the who's who to bundled article '%s'", parsed.slug());
                byId.remove(existing.id);
            }
        } else {
            Log.infof("Loading bundled article '%s'", parsed.slug());
            existing = publish(parsed, markdown, parsed.questions().stream().map(ParsedQuestion::stanceEnabled)
                    .toList());
        }
        if (QuestionTranslations.addBundled(existing, resource, "uk")) {
            byId.remove(existing.id);
        }
        return existing;
    }

    /**
     * Stores a new article, published now by the library's clock, whether bundled or imported by a teacher.
     *
     * @param markdown the text {@code parsed} was read from, kept for "Download as Markdown"
     */
    public Article publish(ParsedArticle parsed, String markdown, List<Boolean> stanceEnabled) {
        return Article.publish(parsed, markdown, stanceEnabled, clock.instant());
    }

    /**
     * Applies an edit to a published article, keeping the rows (and ids) of its sections and questions where it
     * can ({@link ArticleRevision}), and tells the instances and the classes' audit logs what changed. A refused edit
     * changes nothing: its transaction is rolled back, so the caller must not be in one.
     *
     * @return what changed, one line each; empty when nothing did
     */
    @Transactional(rollbackOn = ArticleRevisionException.class)
    public List<String> revise(long articleId, ParsedArticle parsed, String markdown, List<Boolean> stanceEnabled,
            long editorId) throws ArticleRevisionException {
        Article article = Article.findById(articleId);
        List<String> changes = ArticleRevision.apply(article, parsed, markdown, stanceEnabled, references);
        if (!changes.isEmpty()) {
            revised.fire(new ArticleRevised(article.id, article.title, editorId, changes));
        }
        return changes;
    }

    /** The instance that made an edit drops its copy at commit; the others when the edit's live event reaches them. */
    void revisedHere(@Observes(during = TransactionPhase.AFTER_SUCCESS) ArticleRevised revised) {
        forget(revised.articleId());
    }

    /** Drops this instance's copy of an article, which the next page that shows it loads again. */
    public void forget(long articleId) {
        byId.remove(articleId);
    }

    /** The who's-who list, read from the article's stored Markdown; empty when it has none. */
    private static List<ParsedTerm> whosWho(Article article) {
        if (article.markdown == null) {
            return List.of();
        }
        try {
            return ArticleMarkdown.parse(article.markdown).terms();
        } catch (ArticleFormatException e) {
            // Stored only after it parsed; a later, stricter parser must not take the article page down.
            Log.warnf("Article %d's stored Markdown no longer parses (%s); showing it without its who's who",
                    article.id, e.getMessage());
            return List.of();
        }
    }

    /** The article as pages show it; the first mention of each who's-who term in each section is marked. */
    private static ArticleContent load(Article article) {
        List<ArticleSection> stored = ArticleSection.listFor(article);
        List<ParsedTerm> whosWho = whosWho(article);
        List<String> html = GlossaryMarks.marked(stored.stream().map(s -> s.bodyHtml).toList(),
                whosWho.stream().map(ParsedTerm::term).toList());
        List<ArticleContent.Section> sections = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            ArticleSection s = stored.get(i);
            Paragraphs.Anchored anchored = Paragraphs.anchored(s.id, html.get(i));
            sections.add(new ArticleContent.Section(s.id, s.position, s.anchor, s.heading, anchored.html(),
                    anchored.paragraphs()));
        }
        Map<Long, Map<String, String>> translations = QuestionTranslations.of(article);
        List<ArticleContent.QuestionView> questions = Question.listFor(article).stream()
                .map(q -> new ArticleContent.QuestionView(q.id, q.position, q.text, q.stanceEnabled,
                        Map.copyOf(translations.getOrDefault(q.id, Map.of()))))
                .toList();
        List<ArticleContent.Term> terms = ArticleContent.Term.listOf(whosWho);
        return new ArticleContent(article.id, article.revision, article.slug, article.title, article.dek,
                article.publishedOn, article.readingMinutes, article.source, article.sourceUrl, sections, questions,
                terms, article.language);
    }
}
