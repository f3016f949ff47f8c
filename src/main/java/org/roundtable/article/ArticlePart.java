package org.roundtable.article;

import org.roundtable.StoredEntity;

import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/** What the numbered parts of an article (sections, questions) have: an id, the article, a position from 1. */
@MappedSuperclass
public abstract class ArticlePart extends StoredEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Article article;

    public int position;
}
