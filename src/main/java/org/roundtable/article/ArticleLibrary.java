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
import jakarta.transaction.Transactional;

/**
 * Published articles, cached by id. Articles never change once published, so the
 * cache needs no invalidation, and every instance can fill its own.
 */
@ApplicationScoped
public class ArticleLibrary {

    private final Clock clock;

    private final Map<Long, ArticleContent> byId = new ConcurrentHashMap<>();

    ArticleLibrary(Clock clock) {
        this.clock = clock;
    }

    /** The article's content, loaded on first use (five queries) and kept. Null if unknown. */
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
            if (existing.addMissingTerms(parsed, markdown)) {
                Log.infof("Added the who's who to bundled article '%s'", parsed.slug());
                byId.remove(existing.id);
            }
            return existing;
        }
        Log.infof("Loading bundled article '%s'", parsed.slug());
        return publish(parsed, markdown, parsed.questions().stream().map(ParsedQuestion::stanceEnabled).toList());
    }

    /**
     * Stores a new article, published now by the library's clock, whether bundled or imported by a teacher.
     *
     * @param markdown the text {@code parsed} was read from, kept for "Download as Markdown"
     */
    public Article publish(ParsedArticle parsed, String markdown, List<Boolean> stanceEnabled) {
        return Article.publish(parsed, markdown, stanceEnabled, clock.instant());
    }

    /** The article as pages show it; the first mention of each who's-who term in each section is marked. */
    private static ArticleContent load(Article article) {
        List<ArticleSection> stored = ArticleSection.listFor(article);
        List<ArticleTerm> storedTerms = ArticleTerm.listFor(article);
        List<String> html = GlossaryMarks.marked(stored.stream().map(s -> s.bodyHtml).toList(),
                storedTerms.stream().map(t -> t.term).toList());
        List<ArticleContent.Section> sections = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            ArticleSection s = stored.get(i);
            sections.add(new ArticleContent.Section(s.id, s.position, s.anchor, s.heading, html.get(i)));
        }
        List<ArticleContent.QuestionView> questions = Question.listFor(article).stream()
                .map(q -> new ArticleContent.QuestionView(q.id, q.position, q.text, q.stanceEnabled))
                .toList();
        List<ArticleContent.Term> terms = storedTerms.stream()
                .map(t -> new ArticleContent.Term(ArticleContent.Term.anchorOf(t.position), t.term, t.explanation))
                .toList();
        return new ArticleContent(article.id, article.slug, article.title, article.dek, article.publishedOn,
                article.readingMinutes, article.source, article.sourceUrl, sections, questions, terms);
    }
}
