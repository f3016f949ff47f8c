package org.roundtable.classroom;

import java.time.Instant;
import java.util.List;

import org.roundtable.article.Article;
import org.roundtable.article.Question;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

/** An article put in front of a class with some of its questions. */
@Entity
public class Assignment extends ClassroomRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Article article;

    public Instant dueAt;

    public Integer minWords;

    public String instructions;

    /** The score feedback is out of; null: the teacher writes any score. */
    public Integer maxScore;

    /** How many classmates each student replies to at least; null: replies are not required. */
    public Integer requiredReplies;

    /** When the required replies are due; only with {@link #requiredReplies}, after {@link #dueAt}. */
    public Instant repliesDueAt;

    public Instant createdAt;

    protected Assignment() {
    }

    private Assignment(Classroom classroom, Article article, Instant createdAt) {
        super(classroom);
        this.article = article;
        this.createdAt = createdAt;
    }

    /** An assignment with no due date, minimum or instructions yet; persisted. */
    public static Assignment create(Classroom classroom, Article article, Instant now) {
        return persisted(new Assignment(classroom, article, now));
    }

    /** Opens a discussion for each chosen question, in the article's order. */
    public void open(List<Question> questions) {
        questions.forEach(question -> Discussion.open(this, question));
    }

    /** Assigns one more question of the article: its discussion opens. */
    public Discussion add(Question question) {
        return Discussion.open(this, question);
    }

    /** Adds a question of the class's own to this assignment and opens its discussion. */
    public Discussion ask(String text, boolean stanceEnabled) {
        return Discussion.open(this, Question.addedBy(id, article, text, stanceEnabled));
    }

    /** The discussions of this assignment's own questions, taken away or not, in the order they were added. */
    public static List<Discussion> ownQuestions(long assignmentId) {
        return Discussion.list("from Discussion d join fetch d.question q where d.assignment.id = ?1 "
                + "and q.assignmentId = ?1 order by q.position", assignmentId);
    }

    /** Takes a question away: students no longer see its discussion; its posts stay for the teacher. */
    public void takeAway(Discussion discussion) {
        discussion.withdrawn = true;
    }

    /** Assigns a question taken away earlier again, with the posts it had. */
    public void bringBack(Discussion discussion) {
        discussion.withdrawn = false;
    }

    public static List<Assignment> listFor(long classroomId) {
        return list("classroom.id = ?1 order by createdAt, id", classroomId);
    }

    /** Every class's assignment of one article, with its class. */
    public static List<Assignment> listForArticle(long articleId) {
        return list("select a from Assignment a join fetch a.classroom where a.article.id = ?1", articleId);
    }

    /** Past the due date: answers written from now on are late. */
    public boolean isLate(Instant now) {
        return late(dueAt, null, now);
    }

    /** A student's answers are late: done after the due date, or not done and the date has passed. */
    public boolean answersLate(Instant doneAt, Instant now) {
        return late(dueAt, doneAt, now);
    }

    /** A student's required replies are late: met after their due date, or not met and the date has passed. */
    public boolean repliesLate(Instant metAt, Instant now) {
        return requiredReplies != null && late(repliesDueAt, metAt, now);
    }

    /** The one rule of late, for each part of an assignment: {@code doneAt} null means not done yet. */
    private static boolean late(Instant due, Instant doneAt, Instant now) {
        return due != null && (doneAt == null ? due.isBefore(now) : doneAt.isAfter(due));
    }

    /** The assignments due between two moments in the classes a student has been let into, soonest first. */
    public static List<Assignment> dueBetweenFor(long accountId, Instant from, Instant to) {
        return find("select a from Assignment a join fetch a.classroom c join fetch a.article "
                + "where a.dueAt > ?2 and a.dueAt <= ?3 and exists (select 1 from Enrollment e where e.classroom = c "
                + "and e.account.id = ?1 and e.approved = true) order by a.dueAt, a.id", accountId, from, to).list();
    }
}
