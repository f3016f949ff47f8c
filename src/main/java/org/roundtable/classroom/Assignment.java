package org.roundtable.classroom;

import java.time.Instant;
import java.util.List;

import org.roundtable.article.Article;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** An article put in front of a class with some of its questions. */
@Entity
public class Assignment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Classroom classroom;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Article article;

    public Instant dueAt;

    public Integer minWords;

    public String instructions;

    public Instant createdAt;

    public static List<Assignment> listFor(long classroomId) {
        return list("classroom.id = ?1 order by createdAt, id", classroomId);
    }

    public boolean isLate(Instant now) {
        return dueAt != null && dueAt.isBefore(now);
    }
}
