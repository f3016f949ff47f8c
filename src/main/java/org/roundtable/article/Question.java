package org.roundtable.article;

import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** A thought question of an article; a stance question also asks agree / disagree / unsure. */
@Entity
public class Question extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Article article;

    public int position;

    public String text;

    public boolean stanceEnabled;

    public static List<Question> listFor(Article article) {
        return list("article = ?1 order by position", article);
    }
}
