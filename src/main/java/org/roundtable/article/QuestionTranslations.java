package org.roundtable.article;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.logging.Log;

/**
 * A thought question's versions in other languages (table {@code question_translation}), shown beside the
 * original when the interface speaks that language. The bundled article's come with it, as
 * {@code <article>.questions_<language>.properties} (position = text); teachers' questions are shown as written.
 */
public final class QuestionTranslations {

    private QuestionTranslations() {
    }

    /** Question id → language → text, for every question of the article. */
    static Map<Long, Map<String, String>> of(Article article) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery(
                "select t.question_id, t.language, t.text from question_translation t"
                        + " join question q on q.id = t.question_id where q.article_id = ?1")
                .setParameter(1, article.id).getResultList();
        Map<Long, Map<String, String>> byQuestion = new HashMap<>();
        for (Object[] row : rows) {
            byQuestion.computeIfAbsent(((Number) row[0]).longValue(), k -> new HashMap<>())
                    .put((String) row[1], (String) row[2]);
        }
        return byQuestion;
    }

    /**
     * Adds the versions the bundled article ships with that the database lacks, so that a school that installed
     * Roundtable before they existed gets them too. Returns whether any was added.
     */
    static boolean addBundled(Article article, String resource, String language) {
        Properties texts = new Properties();
        String file = resource.replaceAll("\\.md$", "") + ".questions_" + language + ".properties";
        try (InputStream in = QuestionTranslations.class.getResourceAsStream(file)) {
            if (in == null) {
                return false;
            }
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<Long, Map<String, String>> stored = of(article);
        boolean added = false;
        for (Question question : Question.listFor(article)) {
            String text = texts.getProperty(String.valueOf(question.position));
            if (text != null && !stored.getOrDefault(question.id, Map.of()).containsKey(language)) {
                Panache.getEntityManager().createNativeQuery(
                        "insert into question_translation (question_id, language, text) values (?1, ?2, ?3)")
                        .setParameter(1, question.id).setParameter(2, language).setParameter(3, text.strip())
                        .executeUpdate();
                added = true;
            }
        }
        if (added) {
            Log.infof("Added the %s versions of bundled article %d's questions", language, article.id);
        }
        return added;
    }
}
