package org.roundtable.classroom;

import java.util.List;

import org.roundtable.article.Question;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

/**
 * The conversation of one class about one question. Created when the question is
 * assigned. Its counters follow the visible top-level answers, updated at write time.
 */
@Entity
public class Discussion extends ClassroomRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Assignment assignment;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Question question;

    public boolean locked;

    /** Taken away from the assignment: hidden from students, kept (with its posts) for the teacher. */
    public boolean withdrawn;

    public int answerCount;

    @Embedded
    @AttributeOverride(name = "agree", column = @Column(name = "stance_agree"))
    @AttributeOverride(name = "disagree", column = @Column(name = "stance_disagree"))
    @AttributeOverride(name = "unsure", column = @Column(name = "stance_unsure"))
    public StanceCounts stances = new StanceCounts();

    protected Discussion() {
    }

    private Discussion(Assignment assignment, Question question) {
        super(assignment.classroom);
        this.assignment = assignment;
        this.question = question;
    }

    public static Discussion open(Assignment assignment, Question question) {
        return persisted(new Discussion(assignment, question));
    }

    /** The discussion with its question (for a page or a file named after it); null if there is none. */
    public static Discussion findWithQuestion(long id) {
        return find("from Discussion d join fetch d.question where d.id = ?1", id).firstResult();
    }

    /** The class's assigned discussions with their questions, in assignment then question order. */
    public static List<Discussion> listFor(long classroomId) {
        return list("from Discussion d join fetch d.question q join fetch d.assignment a "
                + "where d.classroom.id = ?1 and d.withdrawn = false order by a.createdAt, a.id, q.position",
                classroomId);
    }

    /** The same with the discussions taken away from their assignment, for the teacher. */
    public static List<Discussion> listAllFor(long classroomId) {
        return list("from Discussion d join fetch d.question q join fetch d.assignment a "
                + "where d.classroom.id = ?1 order by a.createdAt, a.id, q.position", classroomId);
    }

    /**
     * Applies a change in visible answers with one UPDATE, so concurrent posts never
     * overwrite each other's counts.
     */
    public static void adjustCounts(long discussionId, int answers, int agree, int disagree, int unsure) {
        if (answers == 0 && agree == 0 && disagree == 0 && unsure == 0) {
            return;
        }
        update("answerCount = answerCount + ?1, stances.agree = stances.agree + ?2, "
                + "stances.disagree = stances.disagree + ?3, stances.unsure = stances.unsure + ?4 where id = ?5",
                answers, agree, disagree, unsure, discussionId);
    }

    /**
     * Sets a discussion's counters outright, after changes too broad to follow one by one
     * (removing a student with their posts): the discussion package recounts them from its posts.
     */
    public static void setCounts(long discussionId, int answers, int agree, int disagree, int unsure) {
        update("answerCount = ?1, stances.agree = ?2, stances.disagree = ?3, stances.unsure = ?4 where id = ?5",
                answers, agree, disagree, unsure, discussionId);
    }
}
