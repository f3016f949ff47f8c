package org.roundtable.discussion;

import java.util.Collection;

import org.roundtable.article.ArticleReferences;
import org.roundtable.classroom.Discussion;

import jakarta.enterprise.context.ApplicationScoped;

/** What posts and discussions use of an article, asked by the article package before an edit takes a part away. */
@ApplicationScoped
public class PostArticleReferences implements ArticleReferences {

    @Override
    public long postsCiting(Collection<Long> sectionIds) {
        return sectionIds.isEmpty() ? 0 : Post.count("section.id in ?1", sectionIds);
    }

    @Override
    public long discussionsOf(Collection<Long> questionIds) {
        return questionIds.isEmpty() ? 0 : Discussion.count("question.id in ?1", questionIds);
    }
}
